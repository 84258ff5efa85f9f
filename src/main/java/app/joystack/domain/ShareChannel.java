package app.joystack.domain;

import app.joystack.language.Words;

/** How a joy was shared: the message copied for the person's own app, handed to their mail program, or said in person. */
public enum ShareChannel {
    COPIED("copied"),
    MAIL("mail"),
    IN_PERSON("inPerson");

    private static final Words WORDS = Words.of(ShareChannel.class);

    private final String key;

    ShareChannel(String key) {
        this.key = key;
    }

    /** The name in the current language. */
    public String label() {
        return WORDS.get("shareChannel." + key);
    }
}
