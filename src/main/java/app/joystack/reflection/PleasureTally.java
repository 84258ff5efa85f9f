package app.joystack.reflection;

import app.joystack.domain.Pleasure;

import java.util.Optional;

/** How one pleasure figured in the week: how often it was planned and enjoyed, and how it was rated. */
public record PleasureTally(Pleasure pleasure, int planned, int done, Double averageRating) {
    public Optional<Double> averageIfRated() {
        return Optional.ofNullable(averageRating);
    }
}
