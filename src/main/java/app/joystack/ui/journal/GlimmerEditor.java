package app.joystack.ui.journal;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.domain.Glimmer;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.DialogFocus;
import app.joystack.ui.shell.FieldLabel;
import app.joystack.ui.shell.FormProblems;
import app.joystack.ui.shell.TimeText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/** A small dialog to change a glimmer's words, family, day or time. Nothing is saved until Save. */
final class GlimmerEditor {
    private static final Words WORDS = Words.of(GlimmerEditor.class);

    private GlimmerEditor() {
    }

    static Optional<Glimmer> edit(Window owner, Glimmer original, Clock clock) {
        ZoneId zone = clock.getZone();
        OffsetDateTime local = original.time().atZoneSameInstant(zone).toOffsetDateTime();
        TextField text = new TextField(original.text());
        text.setId("edit-glimmer-text");
        text.setPrefColumnCount(36);
        FamilyChoice family = new FamilyChoice();
        family.setValue(original.family());
        DatePicker day = new DatePicker(local.toLocalDate());
        day.setId("edit-glimmer-day");
        DayText.applyTo(day, () -> LocalDate.now(clock));
        day.getEditor().setText(day.getConverter().toString(local.toLocalDate()));
        // The day is what the field's words say, so words it cannot read are a problem, never an older day.
        Supplier<Optional<LocalDate>> typedDay = () -> DayText.read(day.getEditor().getText(), LocalDate.now(clock));
        TextField time = new TextField(TimeText.of(local));
        time.setId("edit-glimmer-time");
        time.setPrefColumnCount(5);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        time.setPromptText("HH:mm");

        FormProblems problems = new FormProblems();
        StringBinding textProblem = Bindings.createStringBinding(
                () -> text.getText().isBlank() ? WORDS.get("glimmerEditor.noWords") : "", text.textProperty());
        StringBinding dayProblem = Bindings.createStringBinding(() -> typedDay.get()
                        .map(typed -> dayProblem(typed, LocalDate.now(clock)))
                        .orElse(unreadableDay(day.getEditor().getText())),
                day.getEditor().textProperty());
        StringBinding timeProblem = Bindings.createStringBinding(
                () -> TimeText.read(time.getText()).isPresent() ? "" : WORDS.get("glimmerEditor.timeHint"),
                time.textProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        // Each field has a row under it for its problem, which takes no height until it shows.
        form.setVgap(4);
        // The names keep their width; the fields take what is left.
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(names);
        form.addRow(0, FieldLabel.of(WORDS.get("glimmerEditor.what")), text);
        form.add(problems.label(textProblem, "edit-glimmer-text-error", text, text.textProperty()), 1, 1);
        form.addRow(2, FieldLabel.of(WORDS.get("glimmerEditor.family")), family);
        form.addRow(4, FieldLabel.of(WORDS.get("glimmerEditor.day")), day);
        form.add(problems.label(dayProblem, "edit-glimmer-day-error", day.getEditor(), day.getEditor().textProperty()),
                1, 5);
        form.addRow(6, FieldLabel.of(WORDS.get("glimmerEditor.time")), time);
        form.add(problems.label(timeProblem, "edit-glimmer-time-error", time), 1, 7);

        Dialog<Glimmer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(WORDS.get("glimmerEditor.title"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(WORDS.get("glimmerEditor.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        // Until Save, a half-typed time is not a mistake yet; Save shows every problem and keeps the edit.
        problems.guard(dialog.getDialogPane().lookupButton(save));
        dialog.setResultConverter(button -> button == save
                ? changed(original, text.getText(), family.getValue(), typedDay.get().orElse(null), time.getText(), local,
                zone)
                : null);
        DialogFocus.startAt(dialog, text);
        return dialog.showAndWait();
    }

    private static String unreadableDay(String typed) {
        return typed == null || typed.isBlank() ? WORDS.get("glimmerEditor.chooseDay")
                : WORDS.get("glimmerEditor.unreadableDay", typed.strip(),
                        Formats.mediumDate(LocalDate.of(2026, 11, 26)));
    }

    /** Empty when {@code day} can hold a glimmer seen by {@code today}. */
    static String dayProblem(LocalDate day, LocalDate today) {
        if (day == null) {
            return WORDS.get("glimmerEditor.chooseDay");
        }
        return day.isAfter(today) ? WORDS.get("glimmerEditor.notYet") : "";
    }

    static Glimmer changed(Glimmer original, String text, app.joystack.domain.Family family, LocalDate day,
                           String timeText, OffsetDateTime local, ZoneId zone) {
        if (day == null) {
            throw new IllegalArgumentException(dayProblem(null, null));
        }
        LocalTime time = TimeText.read(timeText)
                .orElseThrow(() -> new IllegalArgumentException(WORDS.get("glimmerEditor.timeHint")));
        OffsetDateTime when = day.equals(local.toLocalDate()) && time.equals(local.toLocalTime().withSecond(0).withNano(0))
                ? original.time()
                : LocalDateTime.of(day, time).atZone(zone).toOffsetDateTime();
        return new Glimmer(original.id(), when, text, family);
    }
}
