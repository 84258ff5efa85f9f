package app.joystack.prompts;

import app.joystack.domain.Glimmer;
import app.joystack.domain.ShareDraft;

/**
 * What a connection prompt suggests sharing: a glimmer from this week, a memory, or a thank-you.
 *
 * @param glimmer the glimmer to share, for {@link Kind#GLIMMER}; null otherwise
 */
public record ConnectionIdea(Kind kind, Glimmer glimmer) {
    public enum Kind { GLIMMER, MEMORY, THANKS }

    public ConnectionIdea {
        if (kind == null || (kind == Kind.GLIMMER) != (glimmer != null)) {
            throw new IllegalArgumentException("A glimmer idea carries its glimmer, and only it does.");
        }
    }

    /** The suggestion in a line, under the person's name. */
    public String words() {
        return switch (kind) {
            case GLIMMER -> "Share a good moment from this week: \u201c" + glimmer.text() + "\u201d";
            case MEMORY -> "Remind them of a moment you shared, one that still makes you smile";
            case THANKS -> "Thank them for something small they did, or simply for being there";
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
