package app.joystack.ui.plan;

import com.calendarfx.view.TimeScaleView;
import impl.com.calendarfx.view.TimeScaleViewSkin;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.Optional;

/**
 * CalendarFX's hour scale, with the hour label that the current time's label would cover left out: near the hour
 * CalendarFX draws the two over each other, and then neither can be read.
 */
final class HourScaleSkin extends TimeScaleViewSkin<TimeScaleView> {
    static final String CURRENT_TIME = "current-time-label";

    HourScaleSkin(TimeScaleView view) {
        super(view);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        Optional<Label> now = getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(l -> l.getStyleClass().contains(CURRENT_TIME) && l.isVisible()).findFirst();
        for (Node child : getChildren()) {
            if (child instanceof Label hour && !hour.getStyleClass().contains(CURRENT_TIME)) {
                hour.setOpacity(now.isPresent() && overlaps(hour, now.get()) ? 0 : 1);
            }
        }
    }

    /** Whether the two labels share any height on the scale, with a little air between them. */
    static boolean overlaps(Label a, Label b) {
        Bounds first = a.getBoundsInParent();
        Bounds second = b.getBoundsInParent();
        double air = 2;
        return first.getMinY() < second.getMaxY() + air && second.getMinY() < first.getMaxY() + air;
    }
}
