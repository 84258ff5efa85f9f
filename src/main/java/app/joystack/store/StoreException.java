package app.joystack.store;

/** A database operation failed; the message says what JoyStack was doing. */
public final class StoreException extends RuntimeException {
    public StoreException(String doing, Throwable cause) {
        super("Could not " + doing + ": " + cause.getMessage(), cause);
    }
}
