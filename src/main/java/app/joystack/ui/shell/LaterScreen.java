package app.joystack.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

import java.util.function.Supplier;

/**
 * A screen built the first time it is opened. Only the planner is needed for the first frame; building the
 * other pages up front cost JoyStack a fifth of its start-up time.
 */
public final class LaterScreen implements Screen {
    private final String id;
    private final String title;
    private final Ikon icon;
    private final Supplier<? extends Screen> build;
    private Screen built;

    /** @param id the page's name for node ids, the same in every language ({@link Screen#id()}) */
    public LaterScreen(String id, String title, Ikon icon, Supplier<? extends Screen> build) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.build = build;
    }

    /** The real screen, building it now if needed. */
    public Screen screen() {
        if (built == null) {
            built = build.get();
        }
        return built;
    }

    public boolean isBuilt() {
        return built != null;
    }


    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        return screen().view();
    }

    @Override
    public void shown() {
        screen().shown();
    }

    @Override
    public void refresh() {
        if (built != null) {
            built.refresh();
        }
    }

    @Override
    public boolean hasUnsavedInput() {
        return built != null && built.hasUnsavedInput();
    }

    @Override
    public void close() {
        if (built != null) {
            built.close();
        }
    }
}
