package app.joystack.store;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureNames;
import app.joystack.domain.PleasureUse;
import app.joystack.domain.Sense;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The personal library of pleasures. */
public final class PleasureRepository {
    private static final String COLUMNS = "id, name, family, senses, note, archived, link";
    static final String USES_SINCE = "SELECT sp.pleasure_id, o.occurrence_date, o.rating FROM stack_outcome o "
            + "JOIN stack_pleasure sp ON sp.stack_id = o.stack_id "
            + "WHERE o.outcome = 'DONE' AND o.occurrence_date >= ? ORDER BY o.occurrence_date, sp.pleasure_id";
    private final Connection connection;

    PleasureRepository(Connection connection) {
        this.connection = connection;
    }

    /** Every pleasure, archived ones included, by name. */
    public List<Pleasure> all() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM pleasure ORDER BY name COLLATE NOCASE, id")) {
            List<Pleasure> pleasures = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pleasures.add(read(rs));
                }
            }
            return pleasures;
        } catch (SQLException e) {
            throw new StoreException("readThePleasureLibrary", e);
        }
    }

    public Optional<Pleasure> byId(long id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM pleasure WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("readAPleasure", e);
        }
    }

    /** Adds a pleasure; one whose name the library already has (in any case) is refused with words for the person. */
    public Pleasure insert(Pleasure pleasure) {
        refuseClash(pleasure);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO pleasure (name, family, senses, note, archived, link) VALUES (?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(ps, pleasure);
            ps.executeUpdate();
            return pleasure.withId(Rows.insertedId(ps));
        } catch (SQLException e) {
            throw new StoreException("saveThePleasure", e, pleasure.name());
        }
    }

    public void update(Pleasure pleasure) {
        refuseClash(pleasure);
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE pleasure SET name = ?, family = ?, senses = ?, note = ?, archived = ?, link = ? WHERE id = ?")) {
            bind(ps, pleasure);
            ps.setLong(7, pleasure.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saveThePleasure", e, pleasure.name());
        }
    }

    private void refuseClash(Pleasure pleasure) {
        PleasureNames.clash(pleasure.name(), all(), pleasure.id()).ifPresent(existing -> {
            throw new IllegalArgumentException(PleasureNames.clashMessage(existing));
        });
    }

    /** Whether any stack, past or planned, pairs this pleasure. Such a pleasure is archived, not deleted. */
    public boolean isUsed(long id) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM stack_pleasure WHERE pleasure_id = ? LIMIT 1")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("checkWhereAPleasureIsUsed", e);
        }
    }

    /** Deletes an unused pleasure; returns false (and deletes nothing) when history refers to it. */
    public boolean deleteIfUnused(long id) {
        if (isUsed(id)) {
            return false;
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM pleasure WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("deleteAPleasure", e);
        }
    }

    /** Each pairing of a pleasure in a stack marked done on or after {@code since}, with the joy rating. */
    public List<PleasureUse> usesSince(java.time.LocalDate since) {
        try (PreparedStatement ps = connection.prepareStatement(
                USES_SINCE)) {
            ps.setString(1, since.toString());
            List<PleasureUse> uses = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uses.add(new PleasureUse(rs.getLong(1), java.time.LocalDate.parse(rs.getString(2)),
                            Rows.nullableInt(rs, "rating")));
                }
            }
            return uses;
        } catch (SQLException e) {
            throw new StoreException("readHowOftenPleasuresWereUsed", e);
        }
    }

    private static void bind(PreparedStatement ps, Pleasure pleasure) throws SQLException {
        ps.setString(1, pleasure.name());
        ps.setString(2, pleasure.family().name());
        ps.setString(3, Sense.format(pleasure.senses()));
        ps.setString(4, pleasure.note());
        ps.setInt(5, pleasure.archived() ? 1 : 0);
        ps.setString(6, pleasure.link());
    }

    private static Pleasure read(ResultSet rs) throws SQLException {
        return new Pleasure(rs.getLong("id"), rs.getString("name"), Family.valueOf(rs.getString("family")),
                Sense.parseList(rs.getString("senses")), rs.getString("note"), rs.getInt("archived") == 1,
                rs.getString("link"));
    }
}
