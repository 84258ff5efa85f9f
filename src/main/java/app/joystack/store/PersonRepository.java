package app.joystack.store;

import app.joystack.language.Words;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The short list of people who matter to the person. */
public final class PersonRepository {
    private static final String COLUMNS = "id, name, reach, address";
    private final Connection connection;

    PersonRepository(Connection connection) {
        this.connection = connection;
    }

    /** Adds a person; a name already on the list (in any case) is refused in words. */
    public Person insert(Person person) {
        refuseClash(person);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO person (name, reach, address) VALUES (?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(ps, person);
            ps.executeUpdate();
            return person.withId(Rows.insertedId(ps));
        } catch (SQLException e) {
            throw refusedOrFault(e, person, "addThePerson");
        }
    }

    /** Puts a person back under their known id (used to undo a removal); their shared joys stay unlinked. */
    public void restore(Person person) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO person (name, reach, address, id) VALUES (?, ?, ?, ?)")) {
            bind(ps, person);
            ps.setLong(4, person.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw refusedOrFault(e, person, "putThePersonBack");
        }
    }

    public void update(Person person) {
        refuseClash(person);
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE person SET name = ?, reach = ?, address = ? WHERE id = ?")) {
            bind(ps, person);
            ps.setLong(4, person.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw refusedOrFault(e, person, "saveThePerson");
        }
    }

    /** Takes a person off the list. What was shared with them stays, under their name as it was. */
    public void delete(long id) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("removeThePerson", e);
        }
    }

    /** Everyone on the list, by name. */
    public List<Person> all() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM person ORDER BY name COLLATE NOCASE, id");
             ResultSet rs = ps.executeQuery()) {
            List<Person> people = new ArrayList<>();
            while (rs.next()) {
                people.add(read(rs));
            }
            return people;
        } catch (SQLException e) {
            throw new StoreException("readThePeopleList", e);
        }
    }

    public Optional<Person> byId(long id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("readThePeopleList", e);
        }
    }

    private static Person read(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), Reach.valueOf(rs.getString("reach")),
                rs.getString("address"));
    }

    private static void bind(PreparedStatement ps, Person person) throws SQLException {
        ps.setString(1, person.name());
        ps.setString(2, person.reach().name());
        ps.setString(3, person.address());
    }

    /** The same name in any case (also beyond ASCII, which SQLite's NOCASE leaves alone) is refused in words. */
    private void refuseClash(Person person) {
        String key = person.name().toLowerCase(Locale.ROOT);
        for (Person other : all()) {
            if (other.id() != person.id() && other.name().toLowerCase(Locale.ROOT).equals(key)) {
                throw new IllegalArgumentException(other.name() + " is already on your list.");
            }
        }
    }

    private RuntimeException refusedOrFault(SQLException e, Person person, String doing) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("UNIQUE") && message.contains("person.name")) {
            return new IllegalArgumentException(Words.of(PersonRepository.class).get("personRepository.onList", person.name()));
        }
        return new StoreException(doing, e);
    }
}
