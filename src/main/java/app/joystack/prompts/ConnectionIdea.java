package app.joystack.prompts;

import app.joystack.language.Words;
import app.joystack.domain.Glimmer;
import app.joystack.domain.ShareDraft;

/**
 * What a connection prompt suggests sharing: a glimmer from this week, a memory, or a thank-you.
 *
 * @param glimmer the glimmer to share, for {@link Kind#GLIMMER}; null otherwise
 */
public record ConnectionIdea(Kind kind, Glimmer glimmer) {
    private static final Words WORDS = Words.of(ConnectionIdea.class);
    public enum Kind { GLIMMER, MEMORY, THANKS }

    public ConnectionIdea {
        if (kind == null || (kind == Kind.GLIMMER) != (glimmer != null)) {
            throw new IllegalArgumentException("A glimmer idea carries its glimmer, and only it does.");
        }
    }

    /** The suggestion in a line, under the person's name. */
    public String words() {
        return switch (kind) {
            case GLIMMER -> WORDS.get("connectionIdea.glimmer", glimmer.text());
            case MEMORY -> WORDS.get("connectionIdea.memory");
            case THANKS -> WORDS.get("connectionIdea.thanks");
        };
    }

    /** The first wording of the message for {@code name}, which the share dialog lets the person change. */
    public ShareDraft draft(String name) {
        return switch (kind) {
            case GLIMMER -> ShareDraft.fromGlimmer(glimmer);
            case MEMORY -> ShareDraft.memory(name);
            case THANKS -> ShareDraft.thanks(name);
        };
    }
}
