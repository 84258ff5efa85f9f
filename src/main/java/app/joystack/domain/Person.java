package app.joystack.domain;

import app.joystack.language.Words;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Someone who matters to the person, on their short list: a name and, if they like, how they usually reach them.
 * An e-mail address or a phone number is kept only with that way of reaching; otherwise the address is empty.
 */
public record Person(long id, String name, Reach reach, String address) {
    private static final Words WORDS = Words.of(Person.class);
    /** Longest e-mail address or phone number. */
    public static final int MAX_ADDRESS = 254;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\".]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*");

    public Person {
        name = TextRules.name("A person", name);
        if (reach == null) {
            reach = Reach.NONE;
        }
        address = address == null ? "" : address.strip();
        if (!reach.hasAddress()) {
            address = "";
        } else if (address.isEmpty()) {
            throw new IllegalArgumentException(
                    WORDS.get(reach == Reach.EMAIL ? "person.noEmail" : "person.noPhone", name));
        } else if (address.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException(WORDS.get("person.longAddress", MAX_ADDRESS));
        } else if (reach == Reach.EMAIL && !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException(WORDS.get("person.notEmail", address));
        } else if (reach == Reach.PHONE && !PHONE.matcher(address).matches()) {
            throw new IllegalArgumentException(WORDS.get("person.notPhone", address));
        }
    }

    public static Person draft(String name, Reach reach, String address) {
        return new Person(0, name, reach, address);
    }

    public Person withId(long newId) {
        return new Person(newId, name, reach, address);
    }

    /** The e-mail address, when this person is reached by e-mail. */
    public Optional<String> email() {
        return reach == Reach.EMAIL ? Optional.of(address) : Optional.empty();
    }

    /** How they are reached, in words for a list: "E-mail: sam@example.org", "In person", or empty. */
    public String reachInWords() {
        return switch (reach) {
            case NONE -> "";
            case IN_PERSON -> reach.label();
            case EMAIL, PHONE -> WORDS.get("person.reachAt", reach.label(), address);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
