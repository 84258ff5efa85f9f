package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoWeekTest {
    @Test
    void weekFiftyThreeExistsOnlyInLongYears() {
        assertEquals(LocalDate.of(2020, 12, 28), IsoWeek.parse("2020-W53").monday());
        assertEquals("2025 has weeks 1 to 52, so week 53 does not exist.",
                assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53")).getMessage());
        // 1 January 2026 is a Thursday, so 2026 is a long ISO year: its week 53 runs 28 Dec 2026 to 3 Jan 2027.
        assertEquals(LocalDate.of(2026, 12, 28), IsoWeek.parse("2026-W53").monday());
        assertEquals(IsoWeek.parse("2026-W53"), IsoWeek.of(LocalDate.of(2027, 1, 3)));
    }

    @Test
    void weeksCrossYearBoundaries() {
        assertEquals(IsoWeek.parse("2026-W01"), IsoWeek.of(LocalDate.of(2025, 12, 29)));
        assertEquals(IsoWeek.parse("2020-W53"), IsoWeek.of(LocalDate.of(2021, 1, 3)));
        assertEquals(IsoWeek.parse("2021-W01"), IsoWeek.parse("2020-W53").next());
        assertEquals(IsoWeek.parse("2025-W52"), IsoWeek.parse("2026-W01").previous());
    }

    @Test
    void badIdsGetTheExpectedForm() {
        assertEquals("\"2026-47\" is not a week id; write it like 2026-W47.",
                assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-47")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-W00"));
    }

    @Test
    void aWeekIsWrittenInPlainDigitsWhateverTheComputersFormatLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            // Thai digits by default for numbers formatted the locale's way: a week's name goes into files and JSON.
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals("2026-W05", IsoWeek.of(LocalDate.of(2026, 1, 28)).toString());
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
