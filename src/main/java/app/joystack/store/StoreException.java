package app.joystack.store;

/** A database operation failed; the message says what JoyStack was doing and why, in plain words. */
public final class StoreException extends RuntimeException {
    public StoreException(String doing, Throwable cause) {
        super("Could not " + doing + ": " + StorageFault.describe(cause), cause);
    }

    /** Why it failed, when the cause is one a person can act on (such as a full disk). */
    public StorageFault fault() {
        return StorageFault.of(this);
    }
}
