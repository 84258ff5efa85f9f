package app.joystack.ui.about;

import app.joystack.app.Version;
import app.joystack.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;

/** About and help: what JoyStack is, what it is not, and where to turn in a crisis. */
public final class AboutScreen implements Screen {
    private final Path dataFolder;

    public AboutScreen(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public String title() {
        return "About & help";
    }

    @Override
    public Ikon icon() {
        return Feather.HELP_CIRCLE;
    }

    @Override
    public Node view() {
        VBox page = new VBox(14);
        page.getStyleClass().add("page");
        page.setMaxWidth(760);
        page.getChildren().addAll(
                pageTitle(),
                version(Version.current()),
                paragraph("JoyStack helps you plan small pleasures into ordinary days: pairing a routine task with "
                        + "something you enjoy, pausing now and then to notice your senses, and writing down small "
                        + "good moments. It is meant to be gentle. Skipping is always a fine answer."),
                heading("JoyStack is not medical care"),
                paragraph("JoyStack can support therapy or treatment, but it does not replace it, and it cannot "
                        + "notice if you are in danger. If you are in crisis or thinking about harming yourself, "
                        + "please call your local emergency number now, or contact a crisis line in your country. "
                        + "If you can, tell someone you trust how you are feeling."),
                heading("Your data stays here"),
                paragraph("Everything you write is kept in one file on this computer, readable only by your user "
                        + "account. JoyStack makes no network connections and sends nothing anywhere. A weekly "
                        + "export is written only when you ask for one."),
                paragraph("Your data folder: " + dataFolder),
                heading("Keyboard"),
                paragraph("Ctrl+1 to Ctrl+6 move between the pages. On the Plan page, F1 or the Shortcuts button lists every "
                        + "key the planner knows."));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The page's own name, the size every page's name has, above its smaller section headings. */
    private static Label pageTitle() {
        Label label = new Label("About JoyStack");
        label.getStyleClass().add("title-2");
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    /** "development" is what a run from the source code reports; said plainly, not as if it were a number. */
    static Label version(String version) {
        Label label = new Label("development".equals(version)
                ? "A development build, run from the source code" : "Version " + version);
        label.setId("about-version");
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("paragraph");
        return label;
    }
}
