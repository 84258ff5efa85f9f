package app.joystack.ui.plan;

import app.joystack.prompts.PromptSettings;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.TimeText;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The planner's greeting while nothing has been planned yet: what a stack is, one button to plan the first, and the
 * grounding breaks that are already on, so that the first one does not arrive unannounced. Closed, it stays closed;
 * the planner makes it only on a first run, and lets go of it once something is planned.
 */
final class WelcomeCard {
    private final VBox box = new VBox(8);
    private final Label breaks = new Label();
    private final Button evening = new Button("Turn on the evening look back", new FontIcon(Feather.MOON));
    private final Label eveningWords = new Label("If you like, JoyStack can ask each evening for three good things "
            + "from your day. It is off until you turn it on.");

    /** @param turnOnEvening turns the evening look back on and hands its time to the consumer once saved */
    WelcomeCard(Runnable planFirst, Runnable close, Consumer<Consumer<LocalTime>> turnOnEvening) {
        Label title = new Label("Welcome to JoyStack");
        title.getStyleClass().add(Styles.TITLE_4);
        Label idea = new Label("A stack pairs something you already do with a small pleasure you chose: the dishes "
                + "with a favourite album, the commute with a podcast.");
        idea.setWrapText(true);
        breaks.setId("welcome-breaks");
        breaks.setWrapText(true);
        breaks.getStyleClass().add(Styles.TEXT_MUTED);
        Button plan = new Button("Plan a first stack", new FontIcon(Feather.PLUS));
        plan.setId("welcome-plan");
        plan.getStyleClass().add(Styles.ACCENT);
        plan.setOnAction(e -> planFirst.run());
        Button closeButton = new Button(null, new FontIcon(Feather.X));
        closeButton.setId("welcome-close");
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setAccessibleText("Close the welcome");
        HoverTip.install(closeButton, "Close the welcome; it will not come back");
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, closeButton);
        head.setAlignment(Pos.CENTER_LEFT);
        eveningWords.setId("welcome-evening-words");
        eveningWords.setWrapText(true);
        eveningWords.getStyleClass().add(Styles.TEXT_MUTED);
        evening.setId("welcome-evening");
        evening.getStyleClass().add(Styles.FLAT);
        evening.setOnAction(e -> {
            evening.setDisable(true);
            turnOnEvening.accept(this::eveningIsOn);
        });
        HBox eveningRow = new HBox(8, evening);
        eveningRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(head, idea, plan, breaks, eveningWords, eveningRow);
        box.setId("welcome");
        box.getStyleClass().add("welcome-card");
    }

    /** After the one click: what is on now, and where to change it; the button has done its work. */
    private void eveningIsOn(LocalTime at) {
        eveningWords.setText("The evening look back is on: at " + TimeText.of(at) + " JoyStack asks for three good "
                + "things from today. Settings can change the time or turn it off.");
        evening.setVisible(false);
        evening.setManaged(false);
    }

    Node node() {
        return box;
    }

    /** Says when breaks come, as {@code settings} has it now. */
    void show(PromptSettings settings) {
        breaks.setText(breaksText(settings));
    }

    static String breaksText(PromptSettings s) {
        if (!s.groundingOn()) {
            return "Grounding breaks are off for now. Settings can turn them on.";
        }
        return "Grounding breaks are on: about every " + s.interval().toMinutes() + " minutes, "
                + TimeText.of(s.activeFrom()) + "\u2013" + TimeText.of(s.activeUntil()) + ", " + days(s.days())
                + ". Settings can change them or turn them off.";
    }

    private static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "on weekdays";
        }
        List<String> names = EnumSet.copyOf(days).stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
        return "on " + (names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
    }
}
