package app.joystack.ui.settings;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the backups section needs from the running app.
 *
 * @param restored         runs on the FX thread once a copy was put back, so the window shows the restored data
 * @param unsavedElsewhere whether a page holds words typed and not yet saved, which a restore lets go
 * @param lastProblem      why the day's copy could not be made, while that is still so
 */
public record BackupHooks(Runnable restored, BooleanSupplier unsavedElsewhere, Supplier<Optional<String>> lastProblem) {
    public static BackupHooks none() {
        return new BackupHooks(() -> { }, () -> false, Optional::empty);
    }
}
