package app.joystack.ui.settings;

import app.joystack.prompts.EveningSettings;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evening look back's settings: off by default, saved at once, a time that cannot be read explained. */
class EveningSectionModelTest {
    @TempDir
    Path folder;
    Store store;
    final AtomicInteger told = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        store.close();
    }

    EveningSectionModel model(Map<String, String> saved) {
        UiContext context = new UiContext(store, Clock.systemDefaultZone(), Throwable::printStackTrace, Runnable::run);
        return new EveningSectionModel(new SettingsWrites(context), saved, told::incrementAndGet);
    }

    EveningSettings saved() {
        return EveningSettings.from(store.await(s -> s.settings().all()));
    }

    @Test
    void offByDefaultAndOnWithItsTimeOnceTurnedOn() {
        EveningSectionModel model = model(Map.of());
        assertFalse(model.on().get());
        assertEquals("20:30", model.at().get());
        model.on().set(true);
        store.await(s -> null);
        assertEquals(new EveningSettings(true, LocalTime.of(20, 30)), saved());
        assertEquals(1, told.get(), "the prompt timer was told");
    }

    @Test
    void aTimeIsReadAsPeopleWriteItAndAWrongOneIsExplained() {
        EveningSectionModel model = model(new EveningSettings(true, LocalTime.of(20, 30)).toSettings());
        model.at().set("9pm");
        model.save().join();
        assertEquals(LocalTime.of(21, 0), saved().at());
        assertEquals("21:00", model.at().get());

        model.at().set("after dinner");
        model.save().join();
        assertTrue(model.atWrong().get());
        assertEquals("JoyStack could not read \"after dinner\" as a time; 20:30 or 8:30pm works. It keeps 21:00 for "
                + "now.", model.problem().get());
        assertEquals(LocalTime.of(21, 0), saved().at());
    }

    @Test
    void loadingShowsWhatIsSavedNowWithoutSavingItBack() {
        EveningSectionModel model = model(Map.of());
        model.at().set("after dinner");
        model.save().join();
        told.set(0);
        model.load(new EveningSettings(true, LocalTime.of(21, 15)).toSettings());
        assertTrue(model.on().get());
        assertEquals("21:15", model.at().get());
        assertFalse(model.atWrong().get());
        assertEquals("", model.problem().get());
        store.await(s -> null);
        assertEquals(0, told.get(), "nothing was saved");
    }

    @Test
    void theConnectionPromptIsOnByDefaultAndTurnsOff() {
        UiContext context = new UiContext(store, Clock.systemDefaultZone(), Throwable::printStackTrace, Runnable::run);
        ConnectionSectionModel model = new ConnectionSectionModel(new SettingsWrites(context), Map.of(),
                told::incrementAndGet);
        assertTrue(model.on().get());
        model.on().set(false);
        store.await(s -> null);
        assertFalse(app.joystack.prompts.ConnectionPrompts.on(store.await(s -> s.settings().all())));
        assertEquals(1, told.get());
    }
}
