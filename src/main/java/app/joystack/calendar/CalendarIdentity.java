package app.joystack.calendar;

import app.joystack.store.Store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The random name of one data folder in calendar UIDs ("stack-12@3f9c...e1.joystack"): made once and kept in a
 * setting, so every export from this data gives a stack the same UID, and two people's files never share one.
 */
public final class CalendarIdentity {
    /** The setting that keeps the folder's name; it travels with the data file, into backups and restores. */
    static final String SETTING = "calendar.uidDomain";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CalendarIdentity() {
    }

    /** The folder's name, if a calendar was ever saved from this data. */
    public static Optional<String> stored(Store s) {
        return Optional.ofNullable(s.settings().all().get(SETTING)).filter(name -> !name.isBlank());
    }

    /** The folder's name, made and kept now when there is none yet; needs a store open for writing. */
    public static String ensure(Store s) {
        return stored(s).orElseGet(() -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String name = HexFormat.of().formatHex(bytes) + ".joystack";
            s.settings().put(SETTING, name);
            return name;
        });
    }

    /** The UID of a stack's event. */
    static String uid(long stackId, String folderName) {
        return "stack-" + stackId + "@" + folderName;
    }
}
