package app.joystack.app;

import app.joystack.ui.plan.PlannerHandle;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Arrays;

/**
 * Runs JoyStack as its own process would (through {@link Main}) on the headless platform, and answers its start-up
 * dialog the way a person would: {@code fresh} presses "Move it aside and start fresh", {@code quit} presses Quit.
 * Prints "PLANNER" once the main window shows the planner, then closes it. Used by {@link StartupProcessTest}.
 */
public final class StartupDriver {
    private StartupDriver() {
    }

    public static void main(String[] args) {
        String answer = args[0];
        Thread person = new Thread(() -> answerThenWatch(answer), "person");
        person.setDaemon(true);
        person.start();
        int code = Main.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    private static void answerThenWatch(String answer) {
        try {
            if (answer.startsWith("none")) {
                // A failure window: close it as a person would, once it shows.
                Window failure = waitFor(() -> Window.getWindows().stream().filter(Window::isShowing)
                        .filter(w -> !(w instanceof Stage stage) || stage.getTitle() == null
                                || stage.getTitle().contains("cannot")).findFirst().orElse(null));
                Platform.runLater(() -> ((DialogPane) failure.getScene().getRoot())
                        .lookupButton(javafx.scene.control.ButtonType.CLOSE).fireEvent(
                                new javafx.event.ActionEvent()));
                return;
            }
            {
                DialogPane pane = waitFor(() -> Window.getWindows().stream().map(w -> w.getScene().getRoot())
                        .filter(root -> root instanceof DialogPane && "data-problem".equals(root.getId()))
                        .map(DialogPane.class::cast).findFirst().orElse(null));
                ButtonBar.ButtonData chosen = answer.equals("fresh") ? ButtonBar.ButtonData.OK_DONE
                        : ButtonBar.ButtonData.CANCEL_CLOSE;
                Platform.runLater(() -> ((Button) pane.lookupButton(pane.getButtonTypes().stream()
                        .filter(type -> type.getButtonData() == chosen).findFirst().orElseThrow())).fire());
            }
            Node planner = waitFor(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage stage && stage.isShowing() && w.getScene() != null)
                    .map(w -> w.getScene().getRoot().lookup(PlannerHandle.WEEK_MODE)).filter(n -> n != null)
                    .findFirst().orElse(null));
            System.out.println("PLANNER " + (planner != null));
            System.out.flush();
            Platform.runLater(Platform::exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T waitFor(java.util.function.Supplier<T> found) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            T[] result = newHolder();
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    result[0] = found.get();
                    done.countDown();
                });
                done.await();
            } catch (IllegalStateException toolkitNotYetUp) {
                // JavaFX is still starting.
            }
            if (result[0] != null) {
                return result[0];
            }
            // Polled, not waited on: this process has no TestFX, and the toolkit may still be starting.
            Thread.sleep(100);
        }
        throw new IllegalStateException("gave up waiting");
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newHolder() {
        return (T[]) new Object[1];
    }
}
