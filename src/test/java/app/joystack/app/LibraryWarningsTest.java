package app.joystack.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the libraries may say on the terminal at start: JavaFX's class-path warning is dropped, its others stay. */
class LibraryWarningsTest {
    private final Logger javafx = Logger.getLogger("javafx");
    private final List<String> heard = new ArrayList<>();
    private final Handler listener = new Handler() {
        @Override
        public void publish(LogRecord record) {
            heard.add(record.getLoggerName() + ": " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void stopListening() {
        javafx.removeHandler(listener);
    }

    @Test
    void javafxOnTheClassPathIsNotWarnedAboutButItsOtherWarningsAre() {
        ErrorLog.quietLibraries();
        // Records of the child loggers reach this handler too, as they reach the console's.
        javafx.addHandler(listener);
        // Through System.Logger, as JavaFX itself logs.
        System.getLogger("javafx").log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1234'");
        System.getLogger("javafx").log(System.Logger.Level.WARNING, "Loading FXML document with JavaFX API of version 99");
        System.getLogger("javafx.css").log(System.Logger.Level.WARNING, "Could not resolve 'accent' while resolving lookups");
        assertEquals(List.of("javafx: Loading FXML document with JavaFX API of version 99",
                "javafx.css: Could not resolve 'accent' while resolving lookups"), heard);
    }
}
