package app.joystack.ui.journal;

import app.joystack.domain.Glimmer;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.FieldLabel;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A small dialog to change a glimmer's words, family, day or time. Nothing is saved until Save. */
final class GlimmerEditor {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private GlimmerEditor() {
    }

    static Optional<Glimmer> edit(Window owner, Glimmer original, ZoneId zone) {
        OffsetDateTime local = original.time().atZoneSameInstant(zone).toOffsetDateTime();
        TextField text = new TextField(original.text());
        text.setId("edit-glimmer-text");
        text.setPrefColumnCount(36);
        FamilyChoice family = new FamilyChoice();
        family.setValue(original.family());
        DatePicker day = new DatePicker(local.toLocalDate());
        DayText.applyTo(day);
        TextField time = new TextField(HOURS.format(local));
        time.setId("edit-glimmer-time");
        time.setPrefColumnCount(5);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        time.setPromptText("HH:mm");
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("text-muted");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        // The names keep their width; the fields take what is left.
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(names);
        form.addRow(0, FieldLabel.of("What happened"), text);
        form.addRow(1, FieldLabel.of("Family"), family);
        form.addRow(2, FieldLabel.of("Day"), day);
        form.addRow(3, FieldLabel.of("Time"), time);
        form.add(problem, 0, 4, 2, 1);

        Dialog<Glimmer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit glimmer");
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(text.textProperty().isEmpty());

        Glimmer[] result = new Glimmer[1];
        // Checked when Save is pressed, so a typo keeps the dialog open with a hint instead of losing the edit.
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                result[0] = changed(original, text.getText(), family.getValue(), day.getValue(), time.getText(),
                        local, zone);
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? result[0] : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }

    static Glimmer changed(Glimmer original, String text, app.joystack.domain.Family family, LocalDate day,
                           String timeText, OffsetDateTime local, ZoneId zone) {
        if (day == null) {
            throw new IllegalArgumentException("Choose the day it happened.");
        }
        LocalTime time;
        try {
            time = LocalTime.parse(timeText.strip(), HOURS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the time like 08:15 or 21:40.");
        }
        OffsetDateTime when = day.equals(local.toLocalDate()) && time.equals(local.toLocalTime().withSecond(0).withNano(0))
                ? original.time()
                : LocalDateTime.of(day, time).atZone(zone).toOffsetDateTime();
        return new Glimmer(original.id(), when, text, family);
    }
}
