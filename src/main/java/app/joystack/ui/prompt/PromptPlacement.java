package app.joystack.ui.prompt;

import javafx.geometry.Rectangle2D;

import java.util.Locale;

/** Where a prompt window's top left corner goes: near the tray, in the primary screen's corner. */
public record PromptPlacement(double x, double y) {
    static final double MARGIN = 16;
    /** Room for the top panel that holds the tray on Linux and macOS. */
    static final double PANEL = 24;

    /**
     * Top right on Linux and macOS, where their trays sit; bottom right on Windows, above the task bar.
     *
     * @param screen the primary screen's visual bounds, without task bars and panels
     * @param osName the system's name, as {@code os.name} gives it
     */
    public static PromptPlacement nearTray(Rectangle2D screen, double width, double height, String osName) {
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        double x = screen.getMaxX() - width - MARGIN;
        double y = windows ? screen.getMaxY() - height - MARGIN : screen.getMinY() + MARGIN + PANEL;
        return new PromptPlacement(x, y);
    }
}
