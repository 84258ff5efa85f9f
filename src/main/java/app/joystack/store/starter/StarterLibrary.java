package app.joystack.store.starter;

import app.joystack.language.Words;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The starter library in the language JoyStack speaks when a data file is created. Migration V2 inserts it in English
 * (a migration never changes); a brand-new file then gets each starter pleasure's and routine's name and note in the
 * current language, before the file is put in place. A file that already exists is never touched here: once the
 * rows are the person's, they change only when the person changes them.
 */
public final class StarterLibrary {
    private static final Words WORDS = Words.of(StarterLibrary.class);

    private StarterLibrary() {
    }

    /** Puts the starter rows of a file just built by the migrations into the current language. */
    public static void speakCurrentLanguage(Connection connection) throws SQLException {
        ResourceBundle english = WORDS.bundle(Locale.ROOT);
        try (PreparedStatement pleasure = connection.prepareStatement(
                "UPDATE pleasure SET name = ?, note = ? WHERE name = ? AND note = ?");
             PreparedStatement routine = connection.prepareStatement("UPDATE routine SET name = ? WHERE name = ?")) {
            for (String key : new TreeSet<>(english.keySet())) {
                if (!key.endsWith(".name")) {
                    continue;
                }
                String row = key.substring(0, key.length() - ".name".length());
                String name = WORDS.get(key);
                if (row.startsWith("pleasure.")) {
                    String noteKey = row + ".note";
                    boolean hasNote = english.containsKey(noteKey);
                    pleasure.setString(1, name);
                    pleasure.setString(2, hasNote ? WORDS.get(noteKey) : "");
                    pleasure.setString(3, english.getString(key));
                    pleasure.setString(4, hasNote ? english.getString(noteKey) : "");
                    pleasure.executeUpdate();
                } else {
                    routine.setString(1, name);
                    routine.setString(2, english.getString(key));
                    routine.executeUpdate();
                }
            }
        }
    }
}
