package app.joystack.ui.sound;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A player for tests: it keeps what it was asked to play and moves through the states as a real one would. */
public final class RecordingPlayer implements SoundPlayer {
    public final List<Path> played = new ArrayList<>();
    /** Counts who listens for changes, so a test sees a window that forgot to stop listening. */
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STOPPED) {
        @Override
        public void addListener(ChangeListener<? super State> listener) {
            changeListeners.incrementAndGet();
            super.addListener(listener);
        }

        @Override
        public void removeListener(ChangeListener<? super State> listener) {
            changeListeners.decrementAndGet();
            super.removeListener(listener);
        }
    };
    private final AtomicInteger changeListeners = new AtomicInteger();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    @Override
    public ReadOnlyObjectProperty<State> state() {
        return state;
    }

    /** How many change listeners the state has now. */
    public int stateListeners() {
        return changeListeners.get();
    }

    @Override
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public void play(Path file, String name) {
        played.add(file);
        title.set(name);
        state.set(State.PLAYING);
    }

    @Override
    public void pause() {
        if (state.get() == State.PLAYING) {
            state.set(State.PAUSED);
        }
    }

    @Override
    public void resume() {
        if (state.get() == State.PAUSED) {
            state.set(State.PLAYING);
        }
    }

    @Override
    public void stop() {
        state.set(State.STOPPED);
        title.set("");
        problem.set("");
    }
}
