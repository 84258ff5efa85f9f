package app.joystack.ui.journal;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JournalRowsTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Glimmer at(int day, int hour, String text) {
        return new Glimmer(day * 100L + hour, OffsetDateTime.of(2026, 11, day, hour, 0, 0, 0, ZoneOffset.UTC), text, null);
    }

    @Test
    void glimmersAreGroupedUnderTheirLocalDay() {
        // 23:30 UTC on the 21st is already the 22nd in Berlin, so it joins the 22nd's heading.
        Glimmer late = new Glimmer(9, OffsetDateTime.of(2026, 11, 21, 23, 30, 0, 0, ZoneOffset.UTC), "Late", null);
        List<JournalRow> rows = JournalRow.byDay(List.of(at(22, 9, "Morning"), late, at(21, 8, "Earlier")), BERLIN);
        assertEquals(List.of(
                new JournalRow.Day(LocalDate.of(2026, 11, 22)), new JournalRow.Entry(at(22, 9, "Morning")),
                new JournalRow.Entry(late),
                new JournalRow.Day(LocalDate.of(2026, 11, 21)), new JournalRow.Entry(at(21, 8, "Earlier"))), rows);
    }

    @Test
    void daysReadAsTodayYesterdayOrADate() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals("Today", JournalScreen.dayTitle(today, today));
        assertEquals("Yesterday", JournalScreen.dayTitle(today.minusDays(1), today));
        assertEquals("Saturday 21 November 2026", JournalScreen.dayTitle(today.minusDays(2), today));
    }

    @Test
    void anEditKeepsTheExactMomentUnlessDayOrTimeChanged() {
        OffsetDateTime exact = OffsetDateTime.of(2026, 11, 23, 8, 15, 42, 0, ZoneOffset.ofHours(1));
        Glimmer original = new Glimmer(7, exact, "Birdsong", null);
        OffsetDateTime local = exact.atZoneSameInstant(BERLIN).toOffsetDateTime();
        Glimmer words = GlimmerEditor.changed(original, "Birdsong at dawn", Family.SENSORY, local.toLocalDate(),
                "08:15", local, BERLIN);
        assertSame(exact, words.time());
        assertEquals("Birdsong at dawn", words.text());
        assertEquals(Family.SENSORY, words.family());
        assertEquals(7, words.id());
        Glimmer moved = GlimmerEditor.changed(original, "Birdsong", null, local.toLocalDate().minusDays(1), "21:40",
                local, BERLIN);
        assertEquals(OffsetDateTime.of(2026, 11, 22, 21, 40, 0, 0, ZoneOffset.ofHours(1)), moved.time());
        assertEquals("Write the time like 08:15 or 21:40.", assertThrows(IllegalArgumentException.class,
                () -> GlimmerEditor.changed(original, "x", null, local.toLocalDate(), "quarter past", local, BERLIN))
                .getMessage());
        assertEquals("A glimmer needs a few words.", assertThrows(IllegalArgumentException.class,
                () -> GlimmerEditor.changed(original, "  ", null, local.toLocalDate(), "08:15", local, BERLIN))
                .getMessage());
    }
}
