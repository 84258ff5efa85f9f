package app.joystack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Key-value settings: window bounds, theme, prompt schedule. */
public final class SettingsRepository {
    private final Connection connection;

    SettingsRepository(Connection connection) {
        this.connection = connection;
    }

    public Map<String, String> all() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT key, value FROM setting ORDER BY key");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> settings = new LinkedHashMap<>();
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
            return settings;
        } catch (SQLException e) {
            throw new StoreException("readTheSettings", e);
        }
    }

    public void put(String key, String value) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saveTheSetting", e, key);
        }
    }

    public void putAll(Map<String, String> values) {
        values.forEach(this::put);
    }
}
