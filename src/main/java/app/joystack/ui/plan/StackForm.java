package app.joystack.ui.plan;

import app.joystack.language.Formats;
import app.joystack.language.Words;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.domain.Repeat;
import app.joystack.domain.StackDuration;
import app.joystack.domain.TextRules;
import app.joystack.plan.StackDraft;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.TimeText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.concurrent.Callable;

/**
 * The stack dialog's state and rules, apart from its controls: each field has a message that is empty
 * when the field is fine, and the form is valid only when all are empty.
 */
public final class StackForm {
    private static final Words WORDS = Words.of(StackForm.class);
    /** The day a message shows as an example of how to write one, in the language's own way. */
    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2026, 11, 26);

    /** A time of day as the planner writes and reads it: the dialog, the cards and the hour scale. */

    final StringProperty routine = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The date field's words as typed; the form takes a date only from words it can read. */
    final StringProperty dateText = new SimpleStringProperty("");
    /** The day "today", "tomorrow" and weekday names are read against. */
    final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    /** A far year the person said they mean, so it is asked about once. */
    final IntegerProperty confirmedYear = new SimpleIntegerProperty(Integer.MIN_VALUE);
    final StringProperty start = new SimpleStringProperty("");
    final IntegerProperty minutes = new SimpleIntegerProperty(30);
    final ObjectProperty<Repeat> repeat = new SimpleObjectProperty<>(Repeat.ONCE);
    final ObservableSet<DayOfWeek> days = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    /** The end field's words as typed: empty means no end; words that name no day are a problem, never ignored. */
    final StringProperty untilText = new SimpleStringProperty("");
    final ObservableList<Pleasure> pleasures = FXCollections.observableArrayList();

    final StringBinding routineError = message(() -> {
        TextRules.name("A routine", routine.get());
        return "";
    }, routine);
    final StringBinding dateError = message(() -> {
        String typed = dateText.get() == null ? "" : dateText.get().strip();
        if (typed.isEmpty()) {
            return WORDS.get("stackForm.chooseDay");
        }
        LocalDate read = DayText.read(typed, today.get()).orElseThrow(() -> new IllegalArgumentException(
                WORDS.get("stackForm.unreadableDay", typed, Formats.mediumDate(EXAMPLE_DAY))));
        if (DayText.yearIsFar(read, today.get()) && confirmedYear.get() != read.getYear()) {
            return WORDS.get("stackForm.farYear", String.valueOf(read.getYear()));
        }
        return "";
    }, dateText, today, confirmedYear);
    /** Whether the date field holds a far year that waits for a yes. */
    final BooleanBinding askingAboutYear = Bindings.createBooleanBinding(() -> {
        String typed = dateText.get() == null ? "" : dateText.get().strip();
        return DayText.read(typed, today.get())
                .filter(day -> DayText.yearIsFar(day, today.get()) && confirmedYear.get() != day.getYear()).isPresent();
    }, dateText, today, confirmedYear);
    final StringBinding startError = message(() -> {
        parseTime(start.get());
        return "";
    }, start);
    final StringBinding durationError = message(() -> {
        StackDuration.check(Duration.ofMinutes(minutes.get()));
        return "";
    }, minutes);
    final StringBinding repeatError = message(() -> {
        String typedEnd = untilText.get() == null ? "" : untilText.get().strip();
        if (repeat.get() != Repeat.ONCE && !typedEnd.isEmpty() && DayText.read(typedEnd, today.get()).isEmpty()) {
            return WORDS.get("stackForm.unreadableEnd", typedEnd, Formats.mediumDate(EXAMPLE_DAY));
        }
        recurrence();
        if (until.get() != null && date.get() != null && until.get().isBefore(date.get()) && repeat.get() != Repeat.ONCE) {
            return WORDS.get("stackForm.endBeforeStart");
        }
        return "";
    }, repeat, days, until, untilText, date);
    final StringBinding pleasuresError = message(() -> {
        if (pleasures.isEmpty()) {
            return WORDS.get("stackForm.choosePleasure");
        }
        if (pleasures.size() > JoyStack.MAX_PLEASURES) {
            return WORDS.get("stackForm.tooMany", JoyStack.MAX_PLEASURES, pleasures.size());
        }
        return "";
    }, pleasures);
    final BooleanBinding valid = Bindings.createBooleanBinding(() -> routineError.get().isEmpty()
                    && dateError.get().isEmpty() && startError.get().isEmpty() && durationError.get().isEmpty()
                    && repeatError.get().isEmpty() && pleasuresError.get().isEmpty(),
            routineError, dateError, startError, durationError, repeatError, pleasuresError);

    StackForm() {
        // The date follows the words whenever they name a day, so Save takes what the field says, never an older day.
        dateText.addListener((obs, was, typed) -> DayText.read(typed, today.get()).ifPresent(date::set));
        untilText.addListener((obs, was, typed) -> {
            if (typed == null || typed.isBlank()) {
                until.set(null);
            } else {
                DayText.read(typed, today.get()).ifPresent(until::set);
            }
        });
    }

    /** Says yes to the far year the date field holds. */
    void confirmYear() {
        DayText.read(dateText.get(), today.get()).ifPresent(day -> confirmedYear.set(day.getYear()));
    }

    static LocalTime parseTime(String text) {
        return TimeText.read(text).orElseThrow(() -> new IllegalArgumentException(WORDS.get("stackForm.timeLike")));
    }

    Recurrence recurrence() {
        Recurrence base = switch (repeat.get()) {
            case ONCE -> Recurrence.once();
            case DAILY -> Recurrence.daily();
            case WEEKDAYS -> Recurrence.weekdays();
            case CHOSEN_DAYS -> Recurrence.on(days);
        };
        return until.get() == null ? base : base.until(until.get());
    }

    /** The draft; call only when {@link #valid} is true. */
    StackDraft toDraft() {
        return new StackDraft(routine.get(), pleasures.stream().map(Pleasure::id).toList(), date.get(),
                parseTime(start.get()), Duration.ofMinutes(minutes.get()), recurrence());
    }

    private static StringBinding message(Callable<String> check, javafx.beans.Observable... dependencies) {
        return Bindings.createStringBinding(() -> {
            try {
                return check.call();
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, dependencies);
    }
}
