package app.joystack.ui.settings;

import app.joystack.language.Words;
import java.io.IOException;

/** The "start at login" entry of this operating system, as Settings sees it. */
public interface LoginSwitch {
    boolean isOn();

    void set(boolean on) throws IOException;

    /** Where the entry lives, in words, for the hint under the switch. */
    String where();

    /** For runs where no login entry can be made (tests, unknown systems). */
    static LoginSwitch unavailable() {
        return new LoginSwitch() {
            @Override
            public boolean isOn() {
                return false;
            }

            @Override
            public void set(boolean on) throws IOException {
                throw new IOException(Words.of(LoginSwitch.class).get("loginSwitch.unavailable"));
            }

            @Override
            public String where() {
                return Words.of(LoginSwitch.class).get("loginSwitch.unavailable");
            }
        };
    }
}
