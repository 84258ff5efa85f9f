package app.joystack.reflection;

import app.joystack.domain.Glimmer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One day of the week: its stacks in time order, its glimmers, and the average joy rating of its done stacks. */
public record DaySummary(LocalDate date, List<PlannedStack> stacks, List<Glimmer> glimmers, Double averageRating) {
    public DaySummary {
        stacks = List.copyOf(stacks);
        glimmers = List.copyOf(glimmers);
    }

    public Optional<Double> averageIfRated() {
        return Optional.ofNullable(averageRating);
    }
}
