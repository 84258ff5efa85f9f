package app.joystack.ui.plan;

import com.calendarfx.view.WeekDayView;
import impl.com.calendarfx.view.WeekDayViewSkin;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A day of the week view with its hour and half-hour lines drawn as two paths. CalendarFX makes each of the 47 lines
 * a node of its own, and those 329 nodes of a week are almost half of the window's at start: every one is styled
 * and laid out before the first frame. The paths take the lines' style classes, so the same rules colour them, and
 * the lines' places, computed as CalendarFX computes them.
 */
final class HourLinesSkin extends WeekDayViewSkin {
    static final String FULL_HOUR = "full-hour-line";
    static final String HALF_HOUR = "half-hour-line";
    /** CalendarFX's lines stop this far short of the day's sides. */
    private static final double INSET = 4;

    private final Path fullHours = new Path();
    private final Path halfHours = new Path();
    private double drawnLeft = -1;
    private double drawnRight = -1;
    private List<Double> drawnFull = List.of();
    private List<Double> drawnHalf = List.of();

    HourLinesSkin(WeekDayView view) {
        super(view);
        getChildren().removeIf(HourLinesSkin::isHourLine);
        fullHours.getStyleClass().add(FULL_HOUR);
        halfHours.getStyleClass().add(HALF_HOUR);
        for (Path path : List.of(halfHours, fullHours)) {
            path.setManaged(false);
            path.setMouseTransparent(true);
        }
        // Behind everything else, where CalendarFX puts its lines.
        getChildren().addAll(0, List.of(halfHours, fullHours));
    }

    private static boolean isHourLine(Node node) {
        return node instanceof Line line
                && (line.getStyleClass().contains(FULL_HOUR) || line.getStyleClass().contains(HALF_HOUR));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        WeekDayView view = getSkinnable();
        double left = snapPositionX(x + INSET);
        double right = snapPositionX(x + w - INSET);
        List<Double> full = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            for (int minute : new int[] {0, 30}) {
                if (hour == 0 && minute == 0) {
                    continue; // the day's top edge
                }
                double at = snapPositionY(y + view.getLocation(view.getZonedDateTime(LocalTime.of(hour, minute))));
                if (at >= y && at <= y + h) { // not a folded-away night hour
                    (minute == 0 ? full : half).add(at);
                }
            }
        }
        // Paths whose lines have not moved are left as they are, so a layout does not have them drawn again.
        if (left != drawnLeft || right != drawnRight || !full.equals(drawnFull) || !half.equals(drawnHalf)) {
            draw(fullHours, left, right, full);
            draw(halfHours, left, right, half);
            drawnLeft = left;
            drawnRight = right;
            drawnFull = full;
            drawnHalf = half;
        }
    }

    /** Lines across the day, from {@code left} to {@code right}, at {@code heights}. */
    private static void draw(Path path, double left, double right, List<Double> heights) {
        List<PathElement> elements = new ArrayList<>(heights.size() * 2);
        for (double at : heights) {
            elements.add(new MoveTo(left, at));
            elements.add(new LineTo(right, at));
        }
        path.getElements().setAll(elements);
    }
}
