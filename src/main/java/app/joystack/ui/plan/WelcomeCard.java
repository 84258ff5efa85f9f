package app.joystack.ui.plan;

import app.joystack.language.Formats;
import app.joystack.language.Words;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The planner's greeting while nothing has been planned yet: what a stack is, one button to plan the first, and the
 * grounding breaks that are already on, so that the first one does not arrive unannounced. Closed, it stays closed;
 * the planner makes it only on a first run, and lets go of it once something is planned.
 */
final class WelcomeCard {
    private static final Words WORDS = Words.of(WelcomeCard.class);
    private final VBox box = new VBox(8);
    private final Label breaks = new Label();
    private final Button evening = new Button(WORDS.get("welcomeCard.turnOnEvening"), new FontIcon(Feather.MOON));
    private final Label eveningWords = new Label(WORDS.get("welcomeCard.eveningOff"));

    /** @param turnOnEvening turns the evening look back on and hands its time to the consumer once saved */
    WelcomeCard(Runnable planFirst, Runnable close, Consumer<Consumer<LocalTime>> turnOnEvening) {
        Label title = new Label(WORDS.get("welcomeCard.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label idea = new Label(WORDS.get("welcomeCard.idea"));
        idea.setWrapText(true);
        breaks.setId("welcome-breaks");
        breaks.setWrapText(true);
        breaks.getStyleClass().add(Styles.TEXT_MUTED);
        Button plan = new Button(WORDS.get("welcomeCard.plan"), new FontIcon(Feather.PLUS));
        plan.setId("welcome-plan");
        plan.getStyleClass().add(Styles.ACCENT);
        plan.setOnAction(e -> planFirst.run());
        Button closeButton = new Button(null, new FontIcon(Feather.X));
        closeButton.setId("welcome-close");
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setAccessibleText(WORDS.get("welcomeCard.close"));
        HoverTip.install(closeButton, WORDS.get("welcomeCard.closeTip"));
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
        eveningWords.setText(WORDS.get("welcomeCard.eveningOn", TimeText.of(at)));
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
            return WORDS.get("welcomeCard.breaksOff");
        }
        return WORDS.get("welcomeCard.breaksOn", s.interval().toMinutes(), TimeText.of(s.activeFrom()),
                TimeText.of(s.activeUntil()), days(s.days()));
    }

    private static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return WORDS.get("welcomeCard.everyDay");
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return WORDS.get("welcomeCard.weekdays");
        }
        List<String> names = EnumSet.copyOf(days).stream()
                .map(Formats::weekdayShort).toList();
        return WORDS.get("welcomeCard.on", names.size() == 1 ? names.get(0)
                : WORDS.get("welcomeCard.and", String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1)));
    }
}
