package app.joystack.ui.about;

import app.joystack.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;

/** About and help: what JoyStack is, what it is not, and where to turn in a crisis. */
public final class AboutScreen implements Screen {
    private final Path dataFolder;
    private final String version;

    public AboutScreen(Path dataFolder, String version) {
        this.dataFolder = dataFolder;
        this.version = version;
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
        // Where to turn in a crisis comes first, set apart, so that nobody has to read down the page to find it.
        VBox care = new VBox(6, heading("JoyStack is not medical care"),
                paragraph("JoyStack can support therapy or treatment, but it does not replace it, and it cannot "
                        + "notice if you are in danger. If you are in crisis or thinking about harming yourself, "
                        + "please call your local emergency number now, or contact a crisis line in your country. "
                        + "If you can, tell someone you trust how you are feeling."));
        care.setId("not-medical-care");
        care.getStyleClass().add("care-note");
        TextField folder = new TextField(dataFolder.toString());
        folder.setId("about-data-folder");
        folder.setEditable(false);
        folder.setAccessibleText("Your data folder");
        page.getChildren().addAll(
                pageTitle(),
                version(version),
                care,
                paragraph("JoyStack helps you plan small pleasures into ordinary days: pairing a routine task with "
                        + "something you enjoy, pausing now and then to notice your senses, and writing down small "
                        + "good moments. It is meant to be gentle. Skipping is always a fine answer."),
                heading("Words JoyStack uses"),
                paragraph("A stack: a routine you already do, paired with one or more small pleasures you chose, "
                        + "such as the dishes with a favourite album."),
                paragraph("A glimmer: a small good moment you noticed, noted in the journal in a line."),
                paragraph("A grounding break: a minute or two of noticing your senses, offered now and then from "
                        + "the tray. Done, later or skip are all fine answers; Esc means later."),
                paragraph("From a terminal, \"joystack ground\" asks for a break now and \"joystack glimmer\" opens "
                        + "the glimmer line, like the tray's menu."),
                heading("Your data stays here"),
                paragraph("Everything you write is kept in one file on this computer, readable only by your user "
                        + "account. JoyStack makes no network connections and sends nothing anywhere. A weekly "
                        + "export is written only when you ask for one. Your data folder:"),
                folder,
                heading("Keyboard"),
                paragraph("Ctrl+1 to Ctrl+6 move between the pages. On the Plan page, F1 or the Shortcuts button lists every "
                        + "key the planner knows."));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The page's own name, the size every page's name has, above its smaller section headings. */
    private static Label pageTitle() {
        Label label = new Label("About & help");
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
