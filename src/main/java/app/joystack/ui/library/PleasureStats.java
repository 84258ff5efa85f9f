package app.joystack.ui.library;

import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureUse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/** One row of the library: a pleasure with how often it was enjoyed lately and how it was rated. */
record PleasureStats(Pleasure pleasure, int last14Days, int last90Days, OptionalDouble averageRating) {

    static List<PleasureStats> of(Collection<Pleasure> pleasures, Collection<PleasureUse> uses, LocalDate today) {
        List<PleasureStats> rows = new ArrayList<>();
        for (Pleasure p : pleasures) {
            List<PleasureUse> own = uses.stream().filter(u -> u.pleasureId() == p.id() && !u.date().isAfter(today)).toList();
            int recent = (int) own.stream().filter(u -> u.date().isAfter(today.minusDays(14))).count();
            int quarter = (int) own.stream().filter(u -> u.date().isAfter(today.minusDays(90))).count();
            OptionalDouble rating = own.stream().filter(u -> u.rating() != null).mapToInt(PleasureUse::rating).average();
            rows.add(new PleasureStats(p, recent, quarter, rating));
        }
        return rows;
    }
}
