package app.joystack.store;

import app.joystack.language.Words;

/** A database operation failed; the message says what JoyStack was doing and why, in plain words. */
public final class StoreException extends RuntimeException {
    private static final Words WORDS = Words.of(StoreException.class);

    /**
     * @param doing names what failed, a key of this package's words whose {@code {0}} takes why; {@code details}
     *              fill {@code {1}} on, such as a pleasure's name
     */
    public StoreException(String doing, Throwable cause, Object... details) {
        super(message(doing, cause, details), cause);
    }

    private static String message(String doing, Throwable cause, Object[] details) {
        Object[] all = new Object[details.length + 1];
        all[0] = StorageFault.describe(cause);
        System.arraycopy(details, 0, all, 1, details.length);
        return WORDS.get("storeException." + doing, all);
    }

    /** Why it failed, when the cause is one a person can act on (such as a full disk). */
    public StorageFault fault() {
        return StorageFault.of(this);
    }
}
