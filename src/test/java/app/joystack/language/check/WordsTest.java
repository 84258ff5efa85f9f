package app.joystack.language.check;

import app.joystack.language.Formats;
import app.joystack.language.Language;
import app.joystack.language.Words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void theDesktopLocaleChoosesUnlessTheSettingNamesALanguage() {
        assertEquals(Language.GERMAN, Language.chosen(null, Locale.GERMANY));
        assertEquals(Language.GERMAN, Language.chosen("", new Locale("de", "AT")));
        assertEquals(Language.ENGLISH, Language.chosen(null, Locale.FRANCE));
        assertEquals(Language.ENGLISH, Language.chosen("ENGLISH", Locale.GERMANY));
        assertEquals(Language.GERMAN, Language.chosen("GERMAN", Locale.US));
        assertEquals(Language.ENGLISH, Language.chosen("KLINGON", Locale.US));
    }

    @Test
    void datesWeekdaysAndNumbersFollowTheCurrentLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        Language.ENGLISH.use();
        assertEquals("Monday 7 December 2026", Formats.longDate(day));
        assertEquals("Mon", Formats.weekdayShort(DayOfWeek.MONDAY));
        assertEquals("1,234", Formats.number(1234));
        assertEquals("07:05", Formats.time(LocalTime.of(7, 5)));
        Language.GERMAN.use();
        assertEquals("Montag, 7. Dezember 2026", Formats.longDate(day));
        assertEquals("Montag", Formats.weekday(DayOfWeek.MONDAY));
        assertEquals("1.234", Formats.number(1234));
        assertEquals("2,5", Formats.decimal(2.5));
        assertEquals("07:05", Formats.time(LocalTime.of(7, 5)));
    }

    @Test
    void blanksAreFilledWithoutQuotingRulesAndNumbersTheLanguagesWay() {
        Words words = Words.of(WordsTest.class);
        Language.ENGLISH.use();
        assertEquals("It's 1,500 small joys for Sam", words.get("filled", 1500, "Sam"));
        assertEquals("1 glimmer", words.plural("glimmers", 1));
        assertEquals("3 glimmers", words.plural("glimmers", 3));
        Language.GERMAN.use();
        assertEquals("1.500 kleine Freuden für Sam", words.get("filled", 1500, "Sam"));
        assertEquals("1 Lichtblick", words.plural("glimmers", 1));
        assertEquals("3 Lichtblicke", words.plural("glimmers", 3));
    }

    @Test
    void aKeyTheBundleLacksFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> Words.of(WordsTest.class).get("no.such.key"));
    }
}
