package app.joystack.bench;

import javafx.application.Application;

/** Starts {@link HelloWindow} the way {@code app.joystack.app.Main} starts JoyStack. */
public final class HelloLauncher {
    private HelloLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(HelloWindow.class, args);
    }
}
