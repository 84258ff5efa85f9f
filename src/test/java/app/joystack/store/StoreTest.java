package app.joystack.store;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Recurrence;
import app.joystack.domain.Sense;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.WeeklyReflection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {
    @TempDir
    Path folder;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("data").resolve("joystack.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newFileIsPrivateAndUsesWalForeignKeysAndLatestVersion() throws Exception {
        Path file = folder.resolve("data").resolve("joystack.db");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("wal", store.await(s -> pragma(s, "journal_mode")));
        assertEquals("1", store.await(s -> pragma(s, "foreign_keys")));
        assertEquals(String.valueOf(Database.schemaVersion()), store.await(s -> pragma(s, "user_version")));
    }

    static String pragma(Store s, String name) {
        try (var statement = s.connection().createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void starterLibraryCoversEveryFamilyAndSense() {
        List<Pleasure> pleasures = store.await(s -> s.pleasures().all());
        assertTrue(pleasures.size() >= 30, "at least 30 starter pleasures, got " + pleasures.size());
        Set<Family> families = EnumSet.noneOf(Family.class);
        Set<Sense> senses = EnumSet.noneOf(Sense.class);
        pleasures.forEach(p -> {
            families.add(p.family());
            senses.addAll(p.senses());
        });
        assertEquals(EnumSet.allOf(Family.class), families);
        assertEquals(EnumSet.allOf(Sense.class), senses);
        assertTrue(store.await(s -> s.routines().all()).size() >= 3);
    }

    @Test
    void deletedStarterPleasureIsNotSeededAgainOnReopen() throws Exception {
        Pleasure first = store.await(s -> s.pleasures().all()).get(0);
        int before = store.await(s -> s.pleasures().all()).size();
        boolean deleted = store.await(s -> s.pleasures().deleteIfUnused(first.id()));
        assertTrue(deleted);
        store.close();
        store = Store.open(folder.resolve("data").resolve("joystack.db"), Clock.systemUTC());
        List<Pleasure> after = store.await(s -> s.pleasures().all());
        assertEquals(before - 1, after.size());
        assertTrue(after.stream().noneMatch(p -> p.name().equals(first.name())));
    }

    @Test
    void everyDomainTypeRoundTripsWithUnicode() {
        Pleasure tea = store.await(s -> s.pleasures().insert(
                Pleasure.draft("Matcha ☕ with 🌸 honey", Family.SENSORY, EnumSet.of(Sense.TASTE, Sense.SMELL), "ünïcödé")));
        long dishes = store.await(s -> s.routines().named("Dishes")).id();
        JoyStack stack = store.await(s -> s.stacks().insert(new JoyStack(0, dishes, List.of(tea.id()),
                LocalDate.of(2026, 11, 23), LocalTime.of(19, 30), Duration.ofMinutes(30),
                Recurrence.on(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)).until(LocalDate.of(2026, 12, 31))
                        .excluding(LocalDate.of(2026, 11, 26)))));
        assertEquals(stack, store.await(s -> s.stacks().byId(stack.id())).orElseThrow());

        StackOccurrenceOutcome outcome = new StackOccurrenceOutcome(stack.id(), LocalDate.of(2026, 11, 23),
                Outcome.DONE, 5, "lovely 💛");
        store.await(s -> {
            s.outcomes().put(outcome);
            return null;
        });
        assertEquals(List.of(outcome), store.await(s -> s.outcomes().between(LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 29))));

        OffsetDateTime at = OffsetDateTime.of(2026, 11, 23, 10, 15, 0, 0, ZoneOffset.ofHours(1));
        PromptResponse response = store.await(s -> s.promptResponses().insert(new PromptResponse(0, at,
                PromptKind.GROUNDING, PromptAnswer.DONE, 4, "calmer", null, "five-senses")));
        assertEquals(List.of(response), store.await(s -> s.promptResponses().between(at.toInstant(),
                at.toInstant().plusSeconds(1))));

        Glimmer glimmer = store.await(s -> s.glimmers().insert(Glimmer.draft(at, "Sun on the kitchen floor ☀️", null)));
        assertEquals(List.of(glimmer), store.await(s -> s.glimmers().between(Instant.EPOCH, at.toInstant().plusSeconds(1))));

        WeeklyReflection reflection = new WeeklyReflection(IsoWeek.parse("2026-W48"), Map.of("stood-out", "The walk."));
        store.await(s -> {
            s.reflections().save(reflection);
            return null;
        });
        assertEquals(reflection, store.await(s -> s.reflections().of(IsoWeek.parse("2026-W48"))));
    }

    @Test
    void pleasureUsedByAStackIsNotDeleted() {
        Pleasure p = store.await(s -> s.pleasures().all()).get(0);
        long routine = store.await(s -> s.routines().named("Walk")).id();
        assertFalse(store.<Boolean>await(s -> s.stacks().any()), "a new file has no stacks");
        store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(p.id()), LocalDate.of(2026, 1, 1),
                LocalTime.NOON, Duration.ofMinutes(15), Recurrence.once())));
        assertTrue(store.<Boolean>await(s -> s.stacks().any()));
        boolean deleted = store.await(s -> s.pleasures().deleteIfUnused(p.id()));
        assertFalse(deleted);
        assertTrue(store.await(s -> s.pleasures().byId(p.id())).isPresent());
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        int before = store.await(s -> s.stacks().all()).size();
        long routine = store.await(s -> s.routines().named("Walk")).id();
        assertThrows(StoreException.class, () -> store.await(s -> s.stacks().insert(new JoyStack(0, routine,
                List.of(999_999L), LocalDate.of(2026, 1, 1), LocalTime.NOON, Duration.ofMinutes(15),
                Recurrence.once()))));
        assertEquals(before, store.await(s -> s.stacks().all()).size());
    }

    @Test
    void weekQueryFindsOnlyStacksThatCanOccurInTheWeek() {
        long p = store.await(s -> s.pleasures().all()).get(0).id();
        long r = store.await(s -> s.routines().named("Walk")).id();
        LocalDate monday = LocalDate.of(2026, 11, 23);
        store.await(s -> {
            s.stacks().insert(new JoyStack(0, r, List.of(p), monday.minusDays(30), LocalTime.NOON,
                    Duration.ofMinutes(15), Recurrence.once()));
            s.stacks().insert(new JoyStack(0, r, List.of(p), monday.minusDays(30), LocalTime.NOON,
                    Duration.ofMinutes(15), Recurrence.daily().until(monday.minusDays(1))));
            s.stacks().insert(new JoyStack(0, r, List.of(p), monday.plusDays(2), LocalTime.NOON,
                    Duration.ofMinutes(15), Recurrence.once()));
            s.stacks().insert(new JoyStack(0, r, List.of(p), monday.minusDays(30), LocalTime.NOON,
                    Duration.ofMinutes(15), Recurrence.weekdays()));
            return null;
        });
        assertEquals(2, store.await(s -> s.stacks().overlapping(monday, monday.plusDays(6))).size());
    }
}
