package app.joystack.ui.about;

import app.joystack.language.Language;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** About & help in German: the title, the crisis note and the version in German; the page's id stays English. */
@ExtendWith(ApplicationExtension.class)
class AboutInGermanTest {
    @BeforeEach
    void speakGerman() {
        Language.GERMAN.use();
    }

    @Test
    void thePageReadsGerman() {
        AboutScreen about = new AboutScreen(Path.of("/home/jemand/.local/share/joystack"), "1.2.0");
        assertEquals("Info & Hilfe", about.title());
        assertEquals("about-&-help", about.id());
        Node page = ((ScrollPane) about.view()).getContent();
        assertEquals("Info & Hilfe", ((Label) page.lookup(".title-2")).getText());
        VBox care = (VBox) ((VBox) page).getChildren().get(2);
        assertEquals("JoyStack ist keine medizinische Hilfe", ((Label) care.getChildren().get(0)).getText());
        assertTrue(((Label) care.getChildren().get(1)).getText().contains("Notruf"));
        assertEquals("Version 1.2.0", AboutScreen.version("1.2.0").getText());
        assertEquals("Eine Entwicklerversion, direkt aus dem Quellcode gestartet",
                AboutScreen.version("development").getText());
    }
}
