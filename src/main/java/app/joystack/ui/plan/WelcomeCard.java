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
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The planner's greeting while nothing has been planned yet: what a stack is, one button to plan the first, and the
 * grounding breaks that are already on, so that the first one does not arrive unannounced. Closed, it stays closed;
 * the planner makes it only on a first run, and lets go of it once something is planned.
 */
final class WelcomeCard {
    private final VBox box = new VBox(8);
    private final Label breaks = new Label();

    WelcomeCard(Runnable planFirst, Runnable close) {
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
        box.getChildren().addAll(head, idea, plan, breaks);
        box.setId("welcome");
        box.getStyleClass().add("welcome-card");
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
