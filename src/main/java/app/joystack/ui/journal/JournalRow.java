package app.joystack.ui.journal;

import app.joystack.domain.Glimmer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A line in the journal list: a day heading, or one glimmer under it. */
sealed interface JournalRow {
    record Day(LocalDate date) implements JournalRow {
    }

    record Entry(Glimmer glimmer) implements JournalRow {
    }

    /** Newest-first glimmers with a heading wherever the local day changes. */
    static List<JournalRow> byDay(List<Glimmer> newestFirst, ZoneId zone) {
        List<JournalRow> rows = new ArrayList<>();
        LocalDate current = null;
        for (Glimmer glimmer : newestFirst) {
            LocalDate day = glimmer.time().atZoneSameInstant(zone).toLocalDate();
            if (!day.equals(current)) {
                rows.add(new Day(day));
                current = day;
            }
            rows.add(new Entry(glimmer));
        }
        return rows;
    }
}
