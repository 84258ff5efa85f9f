package app.joystack.ui.prompt;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.store.Store;
import app.joystack.ui.sound.DesktopOpener;
import app.joystack.ui.sound.MediaSoundPlayer;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.PromptChime;
import app.joystack.ui.sound.SoundPlayer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What a prompt does with sound: rings the chime as it appears (when the person turned it on), and on Start opens the
 * stack's first linked pleasure, read from the store, so the album starts with the dishes.
 */
public final class PromptPlayback {
    private final PleasureOpener opener;
    private final PromptChime chime;
    private final Store store;
    private final Executor results;

    /**
     * @param store   where the stack's pleasures are read, on its thread; null for none
     * @param results where the opening happens: the FX thread in the app
     */
    public PromptPlayback(PleasureOpener opener, PromptChime chime, Store store, Executor results) {
        this.opener = opener;
        this.chime = chime;
        this.store = store;
        this.results = results;
    }

    /** No chime, and nothing to open. */
    public static PromptPlayback none() {
        return new PromptPlayback(new PleasureOpener(new MediaSoundPlayer(), DesktopOpener.none()),
                PromptChime.silent(), null, Runnable::run);
    }

    public SoundPlayer player() {
        return opener.player();
    }

    /** A prompt has appeared. */
    void shown() {
        chime.promptShown();
    }

    /** Opens the stack's first linked pleasure; empty when it has none (or it was deleted meanwhile). */
    CompletableFuture<Optional<PleasureOpener.Opening>> startStack(long stackId) {
        if (store == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return store.async(s -> {
            Optional<JoyStack> stack = s.stacks().byId(stackId);
            if (stack.isEmpty()) {
                return Optional.<Pleasure>empty();
            }
            List<Pleasure> pleasures = stack.get().pleasureIds().stream()
                    .flatMap(id -> s.pleasures().byId(id).stream()).toList();
            return PleasureOpener.firstLinked(pleasures);
        }).thenComposeAsync(first -> first.map(pleasure -> opener.opening(pleasure).thenApply(Optional::of))
                .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())), results);
    }
}
