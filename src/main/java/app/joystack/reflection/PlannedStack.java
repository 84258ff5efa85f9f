package app.joystack.reflection;

import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.StackTitle;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** One occurrence of a stack in the week and what became of it; {@code outcome} is null when it was not marked. */
public record PlannedStack(long stackId, LocalDate date, LocalTime time, Duration duration, String routine,
                           List<Pleasure> pleasures, Outcome outcome, Integer rating, String note) {
    public PlannedStack {
        pleasures = List.copyOf(pleasures);
        note = note == null ? "" : note;
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }

    public Optional<Integer> ratingIfGiven() {
        return Optional.ofNullable(rating);
    }

    /** "Dishes, with rainy-day playlist and candle". */
    public String describe() {
        return StackTitle.of(routine, pleasures.stream().map(Pleasure::name).toList());
    }
}
