package app.joystack.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test class's own {@link PrivateBus}: started before its first test and stopped after its last, with each test
 * skipped (and the reason given) where dbus-daemon is missing outside CI. What a test hands to {@link #closing} is
 * closed after it, last first, so its connections leave before the bus does.
 * Use as {@code @RegisterExtension static final TestBus BUS = new TestBus();}.
 */
public final class TestBus implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private String missing;
    private Path folder;
    private PrivateBus bus;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        missing = PrivateBus.missing();
        if (missing == null) {
            // A short path of its own: a socket's path has a small limit.
            folder = Files.createTempDirectory("bus");
            bus = PrivateBus.start(folder);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(missing == null, () -> missing);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        toClose.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (bus != null) {
            bus.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    public String address() {
        return bus.address();
    }

    /** Closes {@code thing} after this test. */
    public <T extends AutoCloseable> T closing(T thing) {
        toClose.add(thing);
        return thing;
    }
}
