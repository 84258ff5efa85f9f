package app.joystack.ui.settings;

import app.joystack.language.Language;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import app.joystack.variety.RepetitionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The look and the repetition limit: read from the settings, saved as they change, the look applied at once. */
class SettingsModelTest {
    @TempDir
    Path folder;
    Store store;
    final List<Theme> applied = new ArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final List<Language> spoken = new CopyOnWriteArrayList<>();
    volatile boolean shownNow = true;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    SettingsModel model(Map<String, String> saved) {
        return new SettingsModel(new SettingsWrites(new UiContext(store, Clock.systemUTC(), errors::add, Runnable::run)), saved,
                applied::add, language -> spoken.add(language) && shownNow);
    }

    Map<String, String> stored() {
        return store.await(s -> s.settings().all());
    }

    @Test
    void theLookIsReadAppliedAndSaved() {
        assertEquals(Theme.DARK, model(Map.of(Theme.SETTING, "DARK")).theme().get(), "a saved dark stays dark");
        assertEquals(Theme.LIGHT, model(Map.of(Theme.SETTING, "LIGHT")).theme().get(), "a saved light stays light");
        assertEquals(Theme.FOLLOW_DESKTOP, model(Map.of(Theme.SETTING, "purple")).theme().get());
        SettingsModel model = model(Map.of());
        assertEquals(Theme.FOLLOW_DESKTOP, model.theme().get(), "with no choice yet the look follows the desktop");
        assertEquals(List.of(), applied, "reading applies nothing");
        assertFalse(stored().containsKey(Theme.SETTING), "reading writes nothing");

        model.theme().set(Theme.DARK);
        assertEquals(List.of(Theme.DARK), applied);
        assertEquals("DARK", stored().get(Theme.SETTING));
        model.theme().set(Theme.LIGHT);
        model.theme().set(Theme.FOLLOW_DESKTOP);
        assertEquals(List.of(Theme.DARK, Theme.LIGHT, Theme.FOLLOW_DESKTOP), applied);
        assertEquals("FOLLOW_DESKTOP", stored().get(Theme.SETTING));
        assertEquals(Theme.FOLLOW_DESKTOP, model(stored()).theme().get(), "the choice is read back as saved");
        model.theme().set(null);
        assertEquals(3, applied.size(), "a cleared choice changes nothing");
        assertEquals("FOLLOW_DESKTOP", stored().get(Theme.SETTING));
        assertEquals(List.of(), errors);
    }

    @Test
    void theLanguageIsReadAndSpokenOnceSaved() {
        assertEquals(new LanguageChoice(null), model(Map.of()).language().get(), "no choice yet follows the desktop");
        assertEquals(new LanguageChoice(Language.GERMAN), model(Map.of(Language.SETTING, "GERMAN")).language().get());
        assertEquals(new LanguageChoice(null), model(Map.of(Language.SETTING, "KLINGON")).language().get(),
                "a language this version does not know follows the desktop");
        SettingsModel model = model(Map.of());
        assertEquals(List.of(), spoken, "reading speaks nothing new");
        assertFalse(stored().containsKey(Language.SETTING), "reading writes nothing");

        model.language().set(new LanguageChoice(Language.GERMAN));
        assertEquals("GERMAN", stored().get(Language.SETTING));
        assertEquals(List.of(Language.GERMAN), spoken);
        model.language().set(new LanguageChoice(null));
        assertEquals("", stored().get(Language.SETTING), "following the desktop is saved as no choice");
        assertEquals(List.of(Language.GERMAN, Language.ENGLISH), spoken, "the tests' desktop speaks English");
        assertEquals(new LanguageChoice(null), model(stored()).language().get(), "the choice is read back as saved");
        assertEquals("", model.languageNote().get(), "the window shows the choice at once");
        assertEquals(List.of(), errors);
    }

    @Test
    void aWindowHoldingUnsavedWordsKeepsThemAndSaysWhenItChanges() {
        shownNow = false;
        SettingsModel model = model(Map.of());
        model.language().set(new LanguageChoice(Language.GERMAN));
        assertEquals("GERMAN", stored().get(Language.SETTING), "the choice is saved all the same");
        assertTrue(model.languageNote().get().contains("not saved yet"), model.languageNote().get());
        shownNow = true;
        model.language().set(new LanguageChoice(Language.ENGLISH));
        stored();
        assertEquals("", model.languageNote().get(), "once the window shows the language, the note goes");
    }

    @Test
    void theFollowEntryNamesTheDesktopsLanguageAndEachLanguageItsOwnName() {
        Language before = Language.current();
        try {
            assertEquals(List.of("Follow the desktop (English)", "English", "Deutsch"),
                    LanguageChoice.all().stream().map(LanguageChoice::toString).toList());
            Language.GERMAN.use();
            assertEquals(List.of("Wie der Desktop (English)", "English", "Deutsch"),
                    LanguageChoice.all().stream().map(LanguageChoice::toString).toList());
        } finally {
            before.use();
        }
    }

    @Test
    void theRepetitionLimitIsReadWithinItsBoundsAndSavedAsItChanges() {
        assertEquals(RepetitionCheck.DEFAULT_LIMIT, model(Map.of()).repetitionLimit().get());
        assertEquals(RepetitionCheck.MAX_LIMIT, model(Map.of(RepetitionCheck.SETTING, "50")).repetitionLimit().get());
        assertEquals(RepetitionCheck.MIN_LIMIT, model(Map.of(RepetitionCheck.SETTING, "1")).repetitionLimit().get());
        SettingsModel model = model(Map.of(RepetitionCheck.SETTING, "6"));
        assertEquals(6, model.repetitionLimit().get());
        assertFalse(stored().containsKey(RepetitionCheck.SETTING), "reading writes nothing");

        model.repetitionLimit().set(9);
        assertEquals("9", stored().get(RepetitionCheck.SETTING));
        assertEquals(9, RepetitionCheck.limitFrom(stored()));
        assertEquals(List.of(), errors);
    }
}
