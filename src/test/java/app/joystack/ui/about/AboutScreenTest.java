package app.joystack.ui.about;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The About page names the version in words a person reads, and says where their data lives. */
@ExtendWith(ApplicationExtension.class)
class AboutScreenTest {
    @Test
    void aReleaseShowsItsNumberAndARunFromSourceSaysSo() {
        assertEquals("Version 1.2.0", AboutScreen.version("1.2.0").getText());
        assertEquals("A development build, run from the source code", AboutScreen.version("development").getText());
    }

    @Test
    void thePageHeadsWithTheNameAloneLikeEveryPageAndShowsTheDataFolder() {
        Node view = new AboutScreen(Path.of("/home/someone/.local/share/joystack"), "1.2.0").view();
        Node page = ((ScrollPane) view).getContent();
        // The page is called what the sidebar calls it, "About & help".
        assertEquals("About & help", ((Label) page.lookup(".title-2")).getText());
        assertEquals(1, page.lookupAll(".title-2").size(), "one page title; the sections have smaller headings");
        // Selectable, to copy for a backup.
        assertEquals("/home/someone/.local/share/joystack",
                ((javafx.scene.control.TextField) page.lookup("#about-data-folder")).getText());
        // Where to turn in a crisis, set apart right under the title, not a paragraph halfway down.
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) page;
        assertEquals("not-medical-care", box.getChildren().get(2).getId());
    }
}
