package app.joystack.ui.plan;

import app.joystack.language.Formats;
import app.joystack.language.Words;

import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureUse;
import app.joystack.domain.Repeat;
import app.joystack.plan.StackDraft;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.DialogFocus;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.FieldLabel;
import app.joystack.ui.shell.InlineCompletion;
import app.joystack.ui.shell.FormProblems;
import app.joystack.ui.shell.PleasureFilter;
import app.joystack.ui.shell.TimeText;
import app.joystack.ui.shell.WholeNumberSpinner;
import app.joystack.variety.Suggestion;
import app.joystack.variety.SuggestionRanking;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Creates or edits a stack: routine, time, repeat, and one to three pleasures with varied suggestions. */
public final class StackDialog extends Dialog<StackDraft> {
    private static final Words WORDS = Words.of(StackDialog.class);

    private final StackForm form = new StackForm();
    private final List<PleasureUse> uses;
    private final LocalDate today;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final List<Pleasure> library;
    private final FormProblems problems = new FormProblems();

    /**
     * @param initial the stack to edit, or a draft with the chosen slot for a new one (pleasures may be empty)
     */
    public StackDialog(Window owner, String heading, List<String> routineNames, List<Pleasure> library,
                       List<PleasureUse> uses, LocalDate today, Initial initial) {
        this.library = library;
        this.uses = uses;
        this.today = today;
        initOwner(owner);
        setTitle(heading);
        setHeaderText(null);
        setResizable(true);

        form.routine.set(initial.routine());
        form.today.set(today);
        form.date.set(initial.date());
        form.start.set(TimeText.of(initial.start()));
        form.minutes.set(initial.minutes());
        form.repeat.set(initial.repeat());
        form.days.addAll(initial.days());
        form.until.set(initial.until());
        form.pleasures.setAll(initial.pleasures());

        ButtonType save = new ButtonType(WORDS.get("stackDialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("save-stack");
        getDialogPane().setContent(content(routineNames));
        problems.guard(saveButton);
        getDialogPane().setPrefWidth(840);
        // AtlantaFX caps every dialog pane at 600 px, too narrow for the times' words and the two lists side by side.
        // Through the property: setMaxWidth before styling keeps a plain field, which the theme then overrides.
        getDialogPane().maxWidthProperty().set(Double.MAX_VALUE);
        getDialogPane().getStyleClass().add("stack-dialog");
        setResultConverter(button -> button == save && form.valid.get() ? form.toDraft() : null);
    }

    /** The values the dialog opens with. */
    public record Initial(String routine, LocalDate date, LocalTime start, int minutes, Repeat repeat,
                          java.util.Set<DayOfWeek> days, LocalDate until, List<Pleasure> pleasures) {
        /** A new stack at {@code at}, {@code minutes} long. */
        static Initial at(java.time.LocalDateTime at, int minutes) {
            return new Initial("", at.toLocalDate(), at.toLocalTime(), minutes, Repeat.ONCE, java.util.Set.of(), null,
                    List.of());
        }

        /** The occurrence being edited, as it is. */
        static Initial of(app.joystack.plan.Occurrence editing) {
            var r = editing.stack().recurrence();
            return new Initial(editing.routine().name(), editing.date(), editing.stack().startTime(),
                    (int) editing.stack().duration().toMinutes(), r.repeat(), r.days(), r.until(), editing.pleasures());
        }

        /** The dialog again as the person left it, for a stack the disk could not take. */
        static Initial asTyped(StackDraft draft, List<Pleasure> library) {
            List<Pleasure> chosen = draft.pleasureIds().stream()
                    .flatMap(id -> library.stream().filter(p -> p.id() == id)).toList();
            return new Initial(draft.routineName(), draft.date(), draft.start(), (int) draft.duration().toMinutes(),
                    draft.recurrence().repeat(), draft.recurrence().days(), draft.recurrence().until(), chosen);
        }
    }

    private Node content(List<String> routineNames) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(90), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);

        ComboBox<String> routine = new ComboBox<>(FXCollections.observableArrayList(routineNames));
        routine.setEditable(true);
        routine.setId("routine-field");
        routine.setPromptText(WORDS.get("stackDialog.routinePrompt"));
        routine.setMaxWidth(Double.MAX_VALUE);
        routine.getEditor().setText(form.routine.get());
        routine.getEditor().textProperty().bindBidirectional(form.routine);
        DialogFocus.startAt(this, routine.getEditor());
        // Completed in the field as it is typed, so nothing covers the day field and Tab moves on as it does anywhere.
        InlineCompletion.install(routine.getEditor(), () -> routineNames);
        int row = 0;
        grid.addRow(row++, FieldLabel.of(WORDS.get("stackDialog.routine")), routine);
        grid.add(problems.label(form.routineError, "routine-error", routine.getEditor(), form.routine), 1, row++);

        DatePicker day = new DatePicker(form.date.get());
        DayText.applyTo(day, form.today::get);
        day.getEditor().setText(day.getConverter().toString(form.date.get()));
        // The form reads the words in the field; a choice in the calendar pop-up writes its words there.
        form.dateText.bind(day.getEditor().textProperty());
        day.setId("day-field");
        ComboBox<String> start = new ComboBox<>();
        for (int m = 0; m < 24 * 60; m += 15) {
            start.getItems().add(TimeText.of(LocalTime.MIN.plusMinutes(m)));
        }
        start.setEditable(true);
        start.setVisibleRowCount(8);
        start.setPrefWidth(110);
        start.setId("start-field");
        start.getEditor().setText(form.start.get());
        start.getEditor().textProperty().bindBidirectional(form.start);
        // Below one minute on purpose, so that the form can say what is wrong rather than the field refusing it.
        WholeNumberSpinner minutes = new WholeNumberSpinner(-60, 24 * 60, form.minutes.get(), 5, WORDS.get("stackDialog.minutesUnit"));
        minutes.setPrefWidth(100);
        minutes.setId("duration-field");
        minutes.getEditor().textProperty().addListener((obs, was, text) -> {
            try {
                form.minutes.set(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                form.minutes.set(0);
            }
        });
        minutes.valueProperty().addListener((obs, was, now) -> form.minutes.set(now));
        HBox when = new HBox(8, day, new Label(WORDS.get("stackDialog.at")), start, new Label(WORDS.get("stackDialog.for")), minutes,
                new Label(WORDS.get("stackDialog.minutes")));
        when.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, FieldLabel.of(WORDS.get("stackDialog.when")), when);
        Button yesYear = new Button();
        yesYear.setId("confirm-year");
        yesYear.getStyleClass().add("small");
        yesYear.textProperty().bind(Bindings.createStringBinding(() -> DayText.read(form.dateText.get(),
                form.today.get()).map(d -> WORDS.get("stackDialog.yesYear", String.valueOf(d.getYear()))).orElse(""), form.dateText, form.today));
        yesYear.visibleProperty().bind(form.askingAboutYear);
        yesYear.managedProperty().bind(yesYear.visibleProperty());
        yesYear.setOnAction(event -> form.confirmYear());
        HBox dateProblem = new HBox(8, problems.label(form.dateError, "date-error", day.getEditor(), form.dateText),
                yesYear);
        dateProblem.setAlignment(Pos.CENTER_LEFT);
        VBox whenErrors = new VBox(dateProblem,
                problems.label(form.startError, "start-error", start.getEditor(), form.start),
                problems.label(form.durationError, "duration-error", minutes.getEditor(), form.minutes));
        grid.add(whenErrors, 1, row++);

        ChoiceBox<Repeat> repeat = new ChoiceBox<>(FXCollections.observableArrayList(Repeat.values()));
        repeat.valueProperty().bindBidirectional(form.repeat);
        repeat.setId("repeat-field");
        HBox dayToggles = new HBox(4);
        // In the planner's order: its weeks start on Monday.
        for (DayOfWeek d : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(Formats.weekdayShort(d));
            toggle.setSelected(form.days.contains(d));
            toggle.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    form.days.add(d);
                } else {
                    form.days.remove(d);
                }
            });
            toggle.getStyleClass().add("day-toggle");
            dayToggles.getChildren().add(toggle);
        }
        dayToggles.visibleProperty().bind(form.repeat.isEqualTo(Repeat.CHOSEN_DAYS));
        dayToggles.managedProperty().bind(dayToggles.visibleProperty());
        DatePicker until = new DatePicker(form.until.get());
        until.setId("until-field");
        until.setPromptText(WORDS.get("stackDialog.noEnd"));
        DayText.applyTo(until, form.today::get);
        until.getEditor().setText(until.getConverter().toString(form.until.get()));
        // As the day field: the form reads the words; a choice in the pop-up writes its words there.
        form.untilText.bind(until.getEditor().textProperty());
        until.setPrefWidth(140);
        Label untilLabel = new Label(WORDS.get("stackDialog.until"));
        HBox untilBox = new HBox(8, untilLabel, until);
        untilBox.setAlignment(Pos.CENTER_LEFT);
        untilBox.visibleProperty().bind(form.repeat.isNotEqualTo(Repeat.ONCE));
        untilBox.managedProperty().bind(untilBox.visibleProperty());
        HBox repeatRow = new HBox(10, repeat, dayToggles, untilBox);
        repeatRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, FieldLabel.of(WORDS.get("stackDialog.repeat")), repeatRow);
        grid.add(problems.label(form.repeatError, "repeat-error", repeat, form.repeat, form.days, form.until,
                form.untilText), 1, row++);

        grid.addRow(row++, FieldLabel.of(WORDS.get("stackDialog.pleasures")), chosenPleasures());
        Node picker = pleasurePicker();
        grid.add(problems.unmarked(form.pleasuresError, "pleasures-error", picker.lookup("#pleasure-search"), form.pleasures), 1, row++);
        grid.add(picker, 1, row);
        return grid;
    }

    private Node chosenPleasures() {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("chosen-pleasures");
        Label none = new Label(WORDS.get("stackDialog.none"));
        none.getStyleClass().add("text-muted");
        Runnable refresh = () -> {
            chips.getChildren().clear();
            if (form.pleasures.isEmpty()) {
                chips.getChildren().add(none);
            }
            for (Pleasure p : form.pleasures) {
                Button chip = new Button(p.name(), FamilyLook.icon(p.family()));
                chip.setGraphicTextGap(6);
                chip.getStyleClass().add("pleasure-chip");
                chip.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
                chip.setText(p.name() + "  \u00d7");
                chip.setOnAction(e -> form.pleasures.remove(p));
                chip.setAccessibleText(WORDS.get("stackDialog.remove", p.name()));
                chips.getChildren().add(chip);
            }
            suggestions.setAll(SuggestionRanking.rank(library, uses, form.pleasures, today, 5));
        };
        form.pleasures.addListener((javafx.collections.ListChangeListener<Pleasure>) c -> refresh.run());
        refresh.run();
        return chips;
    }

    private Node pleasurePicker() {
        ListView<Suggestion> suggested = new ListView<>(suggestions);
        suggested.setId("suggestions");
        suggested.setPrefHeight(5 * 46 + 4);
        suggested.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list and no wider: long names wrap instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Suggestion item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    // The words sit in the graphic, so a screen reader is given them here.
                    setAccessibleText(item.pleasure().name() + ", " + item.reason());
                    Label name = new Label(item.pleasure().name(), FamilyLook.icon(item.pleasure().family()));
                    name.setWrapText(true);
                    name.setMinHeight(Region.USE_PREF_SIZE); // or the cell gives it one line and an ellipsis
                    // Under the name rather than beside it, so a long name never pushes the reason out of sight.
                    Label reason = new Label(item.reason());
                    reason.getStyleClass().addAll("text-muted", "text-small", "suggestion-reason");
                    reason.setWrapText(true);
                    reason.setMinHeight(Region.USE_PREF_SIZE);
                    setGraphic(new VBox(1, name, reason));
                    setText(null);
                }
            }
        });
        addOnChoose(suggested, Suggestion::pleasure);

        PleasureFilter filter = new PleasureFilter("pleasure", WORDS.get("stackDialog.find"), false);
        TextField search = filter.search();
        FilteredList<Pleasure> found = new FilteredList<>(FXCollections.observableArrayList(
                library.stream().filter(p -> !p.archived()).toList()));
        filter.onChange(() -> found.setPredicate(filter.current()));
        ListView<Pleasure> all = new ListView<>(found);
        all.setId("pleasure-list");
        all.setPrefHeight(4 * 30 + 4);
        all.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Pleasure item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : FamilyLook.icon(item.family()));
            }
        });
        addOnChoose(all, p -> p);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !found.isEmpty()) {
                add(found.get(0));
                e.consume();
            }
        });
        Button addButton = new Button(WORDS.get("stackDialog.add"), new FontIcon(Feather.PLUS));
        addButton.setId("add-pleasure");
        addButton.disableProperty().bind(all.getSelectionModel().selectedItemProperty().isNull());
        addButton.setOnAction(e -> add(all.getSelectionModel().getSelectedItem()));

        Label suggestedTitle = new Label(WORDS.get("stackDialog.suggested"));
        suggestedTitle.getStyleClass().add("title-4");
        Label libraryTitle = new Label(WORDS.get("stackDialog.library"));
        libraryTitle.getStyleClass().add("title-4");
        VBox left = new VBox(6, suggestedTitle, suggested);
        // The words on a line of their own: beside the two choices the field would be too short to read.
        HBox choices = new HBox(6, filter.family(), filter.sense());
        for (Region choice : List.of(filter.family(), filter.sense())) {
            HBox.setHgrow(choice, Priority.ALWAYS);
            choice.setMaxWidth(Double.MAX_VALUE);
        }
        VBox right = new VBox(6, libraryTitle, search, choices, all, addButton);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(340);
        right.setPrefWidth(440);
        HBox picker = new HBox(14, left, right);
        picker.setPadding(new Insets(6, 0, 0, 0));
        return picker;
    }

    /**
     * Double-click or Enter on a row adds its pleasure to the stack. Reached with Tab, the list selects its first row,
     * so that Enter has a row to add and the focus can be seen.
     */
    private <T> void addOnChoose(ListView<T> list, java.util.function.Function<T, Pleasure> pleasureOf) {
        list.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.getFocusModel().focus(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                add(pleasureOf.apply(list.getSelectionModel().getSelectedItem()));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                add(pleasureOf.apply(list.getSelectionModel().getSelectedItem()));
                e.consume();
            }
        });
    }

    private void add(Pleasure pleasure) {
        if (pleasure != null && !form.pleasures.contains(pleasure)) {
            form.pleasures.add(pleasure);
        }
    }

    /** The form, for tests that check its rules. */
    StackForm form() {
        return form;
    }
}
