package app.joystack.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page whose feature is not built yet; it says so plainly rather than pretending. */
public final class NotYetScreen implements Screen {
    private final String title;
    private final Ikon icon;
    private final VBox view;

    public NotYetScreen(String title, Ikon icon, String whatWillBeHere) {
        this.title = title;
        this.icon = icon;
        FontIcon big = new FontIcon(icon);
        big.getStyleClass().add("not-yet-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label text = new Label(whatWillBeHere);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        text.getStyleClass().add("text-muted");
        view = new VBox(12, big, heading, text);
        view.setAlignment(Pos.CENTER);
        view.setPadding(new Insets(40));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        return view;
    }
}
