package app.joystack.plan;

import app.joystack.language.Words;
import app.joystack.store.starter.StarterLibrary;
import java.util.Locale;
import java.util.ResourceBundle;

import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.store.Store;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;

/** A realistic small week of stacks, for tests and screenshots. */
public final class SampleWeek {
    private SampleWeek() {
    }

    /** Plans the week of {@code today}, with outcomes on the days before it (at most Monday and Tuesday). */
    public static void addTo(Store store, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZoneId zone = ZoneId.systemDefault();
        PlanService plan = new PlanService(store, Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone));
        List<Pleasure> library = store.await(s -> s.pleasures().all());
        long album = find(library, "Favourite album");
        long podcast = find(library, "podcast");
        long candle = find(library, "scented candle");
        long tea = find(library, "coffee or tea");
        long call = find(library, "call with a friend");
        long sun = find(library, "Sunlight");
        long birds = find(library, "birds");
        plan.create(new StackDraft("Dishes", List.of(album), monday, LocalTime.of(19, 0), Duration.ofMinutes(30),
                Recurrence.daily())).join();
        plan.create(new StackDraft("Commute", List.of(podcast), monday, LocalTime.of(8, 0), Duration.ofMinutes(45),
                Recurrence.weekdays())).join();
        plan.create(new StackDraft("Evening wind-down", List.of(candle, tea), monday, LocalTime.of(21, 0),
                Duration.ofMinutes(30), Recurrence.on(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)))).join();
        plan.create(new StackDraft("Laundry", List.of(call, sun), monday.plusDays(5), LocalTime.of(10, 30),
                Duration.ofMinutes(60), Recurrence.once())).join();
        plan.create(new StackDraft("Morning stretch", List.of(sun, birds, tea), monday.plusDays(1), LocalTime.of(7, 0),
                Duration.ofMinutes(20), Recurrence.on(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)))).join();
        plan.create(new StackDraft("Email catch-up", List.of(tea), monday.plusDays(2), LocalTime.of(19, 0),
                Duration.ofMinutes(30), Recurrence.once())).join();
        List<Occurrence> week = plan.occurrences(monday, monday.plusDays(6)).join();
        for (Occurrence o : week) {
            if (o.date().isBefore(monday.plusDays(2)) && o.date().isBefore(today)) {
                boolean skip = o.routine().name().equals("Commute") && o.date().equals(monday);
                plan.record(new StackOccurrenceOutcome(o.stack().id(), o.date(), skip ? Outcome.SKIPPED : Outcome.DONE,
                        skip ? null : 3 + (int) (o.stack().id() % 3), "")).join();
            }
        }
    }

    /** A starter pleasure by words of its English name, found in whichever language the file was made. */
    private static long find(List<Pleasure> library, String words) {
        String shown = starterName(words).toLowerCase();
        return library.stream().filter(p -> p.name().toLowerCase().contains(words.toLowerCase())
                        || p.name().toLowerCase().equals(shown)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no starter pleasure like " + words)).id();
    }

    private static String starterName(String englishWords) {
        Words starter = Words.of(StarterLibrary.class);
        ResourceBundle english = starter.bundle(Locale.ROOT);
        return english.keySet().stream().filter(key -> key.endsWith(".name")
                        && english.getString(key).toLowerCase().contains(englishWords.toLowerCase()))
                .findFirst().map(starter::get).orElse(englishWords);
    }

    /** Fills a data folder by hand: {@code SampleWeek DATA_DIR}. */
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(java.nio.file.Path.of(args[0], "joystack.db"), Clock.systemDefaultZone())) {
            addTo(store, LocalDate.now());
        }
    }
}
