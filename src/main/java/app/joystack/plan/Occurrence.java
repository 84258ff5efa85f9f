package app.joystack.plan;

import app.joystack.language.Words;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Routine;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.StackTitle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One dated occurrence of a stack, with everything a card shows: routine, pleasures and how it went. */
public record Occurrence(JoyStack stack, LocalDate date, Routine routine, List<Pleasure> pleasures,
                         Optional<StackOccurrenceOutcome> outcome) {
    private static final Words WORDS = Words.of(Occurrence.class);

    public LocalDateTime start() {
        return date.atTime(stack.startTime());
    }

    public LocalDateTime end() {
        return start().plus(stack.duration());
    }

    /** A stable key for this occurrence, such as "12@2026-11-23". */
    public String key() {
        return stack.id() + "@" + date;
    }

    /** "Dishes, with favourite album and warm socks", as the reminders and the reflection say it. */
    public String sentence() {
        return StackTitle.of(routine.name(), pleasures.stream().map(Pleasure::name).toList());
    }

    public String pleasureNames() {
        List<String> names = pleasures.stream().map(Pleasure::name).collect(Collectors.toList());
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return WORDS.get("occurrence.and", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }
}
