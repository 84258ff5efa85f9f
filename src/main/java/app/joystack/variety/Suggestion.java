package app.joystack.variety;

import app.joystack.domain.Pleasure;

/** A pleasure worth pairing next, and the reason in a few kind words. */
public record Suggestion(Pleasure pleasure, double score, String reason) {
}
