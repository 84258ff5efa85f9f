package app.joystack.ui.share;

import app.joystack.language.Words;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.TextRules;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;

/**
 * The person dialog's state and rules, apart from its controls: the name, how they are reached and the address or
 * number, what is wrong as written (empty when it can be saved), and what the address field asks for.
 */
public final class PersonForm {
    private static final Words WORDS = Words.of(PersonForm.class);
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Reach> reach = new SimpleObjectProperty<>(Reach.NONE);
    final StringProperty address = new SimpleStringProperty("");

    private final Person editing;
    private final List<Person> people;

    /** Words for the person about the name (missing, too long, already on the list), or empty. */
    final StringBinding nameProblem;
    /** Words for the person about the address or number, or empty. */
    final StringBinding addressProblem;
    /** Whether the chosen way of reaching takes an address or a number. */
    final BooleanBinding needsAddress;
    /** The address field's hint, following the way of reaching. */
    final StringBinding addressHint;

    /**
     * @param editing the person being changed, or null for someone new
     * @param people  everyone on the list, to find a name that is taken
     */
    public PersonForm(Person editing, List<Person> people) {
        this.editing = editing;
        this.people = List.copyOf(people);
        if (editing != null) {
            name.set(editing.name());
            reach.set(editing.reach());
            address.set(editing.address());
        }
        // An e-mail address is no phone number: a new way of reaching starts with an empty field.
        reach.addListener((obs, was, now) -> {
            if (was != now && was != null && was.hasAddress()) {
                address.set("");
            }
        });
        needsAddress = Bindings.createBooleanBinding(() -> reach.get() != null && reach.get().hasAddress(), reach);
        addressHint = Bindings.createStringBinding(() -> switch (reach.get() == null ? Reach.NONE : reach.get()) {
            case EMAIL -> WORDS.get("personForm.emailHint");
            case PHONE -> WORDS.get("personForm.phoneHint");
            default -> WORDS.get("personForm.notNeeded");
        }, reach);
        nameProblem = Bindings.createStringBinding(() -> {
            try {
                String written = TextRules.name("A person", name.get());
                String key = written.toLowerCase(Locale.ROOT);
                long id = editing == null ? 0 : editing.id();
                for (Person other : this.people) {
                    if (other.id() != id && other.name().toLowerCase(Locale.ROOT).equals(key)) {
                        return WORDS.get("personForm.already", other.name());
                    }
                }
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, name);
        addressProblem = Bindings.createStringBinding(() -> {
            String who = name.get() == null || name.get().isBlank() ? WORDS.get("personForm.them") : name.get().strip();
            try {
                new Person(0, who, reach.get(), address.get());
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, name, reach, address);
    }

    /** The person as written; throws {@link IllegalArgumentException} with words for the person if it is not right. */
    public Person person() {
        return new Person(editing == null ? 0 : editing.id(), name.get(), reach.get(), address.get());
    }

    public Person editing() {
        return editing;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Reach> reach() {
        return reach;
    }

    public StringProperty address() {
        return address;
    }

    /** Every problem left, the name's first; empty when the person can be saved. */
    public String problem() {
        return nameProblem.get().isEmpty() ? addressProblem.get() : nameProblem.get();
    }
}
