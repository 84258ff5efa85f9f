package app.joystack.ui.about;

import app.joystack.language.Words;

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
    private static final Words WORDS = Words.of(AboutScreen.class);
    private final Path dataFolder;
    private final String version;

    public AboutScreen(Path dataFolder, String version) {
        this.dataFolder = dataFolder;
        this.version = version;
    }

    @Override
    public String title() {
        return WORDS.get("aboutScreen.title");
    }

    @Override
    public String id() {
        return "about-&-help";
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
        VBox care = new VBox(6, heading(WORDS.get("aboutScreen.notCare")),
                paragraph(WORDS.get("aboutScreen.crisis")));
        care.setId("not-medical-care");
        care.getStyleClass().add("care-note");
        TextField folder = new TextField(dataFolder.toString());
        folder.setId("about-data-folder");
        folder.setEditable(false);
        folder.setAccessibleText(WORDS.get("aboutScreen.dataFolder"));
        page.getChildren().addAll(
                pageTitle(),
                version(version),
                care,
                paragraph(WORDS.get("aboutScreen.what")),
                heading(WORDS.get("aboutScreen.wordsHeading")),
                paragraph(WORDS.get("aboutScreen.stack")),
                paragraph(WORDS.get("aboutScreen.glimmer")),
                paragraph(WORDS.get("aboutScreen.grounding")),
                paragraph(WORDS.get("aboutScreen.terminal")),
                heading(WORDS.get("aboutScreen.dataHeading")),
                paragraph(WORDS.get("aboutScreen.data")),
                folder,
                heading(WORDS.get("aboutScreen.keyboardHeading")),
                paragraph(WORDS.get("aboutScreen.keyboard")));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The page's own name, the size every page's name has, above its smaller section headings. */
    private static Label pageTitle() {
        Label label = new Label(WORDS.get("aboutScreen.title"));
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
                ? WORDS.get("aboutScreen.development") : WORDS.get("aboutScreen.version", version));
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
