package app.joystack.calendar;

import app.joystack.domain.Family;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.domain.Sense;
import app.joystack.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A real data file with one stack of each kind: a once stack, a daily one with an end and a day taken out, a weekday
 * one planned on a Saturday, and one on Monday and Thursday. Its pleasure names carry accents and an emoji, so line
 * folding meets multi-byte characters.
 */
final class FourStacks {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(MONDAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate DAILY_UNTIL = LocalDate.of(2026, 12, 6);
    static final LocalDate DAILY_SKIPPED = LocalDate.of(2026, 11, 26);

    final JoyStack once;
    final JoyStack daily;
    final JoyStack weekdays;
    final JoyStack mondayThursday;

    private FourStacks(JoyStack once, JoyStack daily, JoyStack weekdays, JoyStack mondayThursday) {
        this.once = once;
        this.daily = daily;
        this.weekdays = weekdays;
        this.mondayThursday = mondayThursday;
    }

    static Store open(Path folder) throws Exception {
        return Store.open(folder.resolve("joystack.db"), CLOCK);
    }

    static FourStacks plan(Store store) {
        return store.await(s -> {
            Pleasure rain = s.pleasures().insert(Pleasure.draft("Rain sounds", Family.SENSORY, Set.of(Sense.SOUND),
                    "The long recording with the thunder far away, at a low volume, with the window a little open"));
            Pleasure tea = s.pleasures().insert(Pleasure.draft("Crème brûlée tea \u2615 in the big blue mug",
                    Family.SENSORY, Set.of(Sense.TASTE), "Éclairs à côté, s\u2019il en reste \u2014 déjà préparés"));
            long dishes = s.routines().named("Dishes").id();
            long walk = s.routines().named("Walk to the station").id();
            long tidy = s.routines().named("Tidy the desk").id();
            long stretch = s.routines().named("Stretch").id();
            JoyStack once = s.stacks().insert(new JoyStack(0, dishes, List.of(rain.id()), MONDAY.plusDays(2),
                    LocalTime.of(19, 30), Duration.ofMinutes(30), Recurrence.once()));
            JoyStack daily = s.stacks().insert(new JoyStack(0, walk, List.of(tea.id(), rain.id()), MONDAY,
                    LocalTime.of(7, 30), Duration.ofMinutes(20),
                    Recurrence.daily().until(DAILY_UNTIL).excluding(DAILY_SKIPPED)));
            JoyStack weekdays = s.stacks().insert(new JoyStack(0, tidy, List.of(tea.id()), MONDAY.minusDays(2),
                    LocalTime.of(17, 0), Duration.ofMinutes(15), Recurrence.weekdays()));
            JoyStack mondayThursday = s.stacks().insert(new JoyStack(0, stretch, List.of(rain.id()), MONDAY,
                    LocalTime.of(6, 45), Duration.ofMinutes(10),
                    Recurrence.on(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))));
            return new FourStacks(once, daily, weekdays, mondayThursday);
        });
    }

    List<JoyStack> all() {
        return List.of(once, daily, weekdays, mondayThursday);
    }
}
