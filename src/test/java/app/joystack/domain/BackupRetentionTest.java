package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupRetentionTest {
    @Test
    void keepsTheNewestOfEachOfSevenDaysAndOfFourWeeks() {
        List<LocalDateTime> taken = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2026, 10, 1, 9, 0);
        for (int day = 0; day < 60; day++) {
            taken.add(first.plusDays(day));
            taken.add(first.plusDays(day).plusHours(8));
        }
        Set<LocalDateTime> keep = BackupRetention.rollingToKeep(taken);
        LocalDateTime last = first.plusDays(59).plusHours(8); // Sunday 29 November 2026, 17:00
        for (int day = 0; day < 7; day++) {
            assertTrue(keep.contains(last.minusDays(day)), "day " + day);
            assertFalse(keep.contains(last.minusDays(day).minusHours(8)), "only the newest copy of a day");
        }
        // The newest copies of the three weeks before this one (this week's Sunday is already kept).
        assertTrue(keep.contains(LocalDateTime.of(2026, 11, 22, 17, 0)));
        assertTrue(keep.contains(LocalDateTime.of(2026, 11, 15, 17, 0)));
        assertTrue(keep.contains(LocalDateTime.of(2026, 11, 8, 17, 0)));
        assertEquals(10, keep.size());
    }

    @Test
    void copiesSetApartGoAfterThirtyDays() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertFalse(BackupRetention.setAsideExpired(LocalDateTime.of(2026, 11, 1, 9, 0), today));
        assertTrue(BackupRetention.setAsideExpired(LocalDateTime.of(2026, 10, 31, 9, 0), today));
    }
}
