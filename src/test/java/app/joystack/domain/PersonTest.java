package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {
    @Test
    void aNameIsNeededAndTrimmed() {
        assertEquals("Sam", Person.draft("  Sam ", null, null).name());
        assertEquals(Reach.NONE, Person.draft("Sam", null, null).reach());
        assertEquals("A person needs a name.",
                assertThrows(IllegalArgumentException.class, () -> Person.draft(" ", Reach.NONE, "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Person.draft("x".repeat(TextRules.MAX_NAME + 1), Reach.NONE, ""));
    }

    @Test
    void anEmailOrPhoneNeedsOneThatLooksRight() {
        assertEquals(Optional.of("sam@example.org"), Person.draft("Sam", Reach.EMAIL, " sam@example.org").email());
        assertEquals("Please add the e-mail address, or choose another way to reach Sam.",
                assertThrows(IllegalArgumentException.class, () -> Person.draft("Sam", Reach.EMAIL, "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Person.draft("Sam", Reach.EMAIL, "sam at home"));
        assertThrows(IllegalArgumentException.class, () -> Person.draft("Sam", Reach.EMAIL, "sam@example.org?cc=x@y.z"));
        assertEquals("+44 (0)20 7946-0000", Person.draft("Gran", Reach.PHONE, "+44 (0)20 7946-0000").address());
        assertThrows(IllegalArgumentException.class, () -> Person.draft("Gran", Reach.PHONE, "call me"));
    }

    @Test
    void inPersonOrNotSaidKeepNoAddress() {
        Person ana = Person.draft("Ana", Reach.IN_PERSON, "ana@example.org");
        assertEquals("", ana.address());
        assertTrue(ana.email().isEmpty());
        assertEquals("In person", ana.reachInWords());
        assertEquals("E-mail: sam@example.org", Person.draft("Sam", Reach.EMAIL, "sam@example.org").reachInWords());
        assertEquals("", Person.draft("Jo", Reach.NONE, "").reachInWords());
    }
}
