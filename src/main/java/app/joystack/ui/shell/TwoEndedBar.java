package app.joystack.ui.shell;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A bar with one group at its start and one at its end, side by side while both fit at their preferred widths. In a
 * narrower window the end group moves to a line of its own below, still at the end, so no button is ever squeezed to
 * "New st…".
 */
public final class TwoEndedBar extends Pane {
    private final Node start;
    private final Node end;
    private final double gap;

    public TwoEndedBar(double gap, Node start, Node end) {
        this.start = start;
        this.end = end;
        this.gap = gap;
        getChildren().addAll(start, end);
    }

    /** Whether both groups fit side by side in {@code width}, the room inside the insets. */
    private boolean onOneLine(double width) {
        return start.prefWidth(-1) + gap + end.prefWidth(-1) <= width;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return sideInsets() + Math.max(start.prefWidth(-1), end.prefWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return sideInsets() + start.prefWidth(-1) + gap + end.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double inside = width < 0 ? Double.MAX_VALUE : width - sideInsets();
        double startHeight = start.prefHeight(-1);
        double endHeight = end.prefHeight(-1);
        double lines = onOneLine(inside) ? Math.max(startHeight, endHeight) : startHeight + gap + endHeight;
        return insets.getTop() + lines + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double inside = getWidth() - sideInsets();
        double startWidth = start.prefWidth(-1);
        double endWidth = end.prefWidth(-1);
        double startHeight = start.prefHeight(-1);
        double endHeight = end.prefHeight(-1);
        if (onOneLine(inside)) {
            double line = Math.max(startHeight, endHeight);
            layoutInArea(start, x, y, startWidth, line, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x + inside - endWidth, y, endWidth, line, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            layoutInArea(start, x, y, startWidth, startHeight, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x + Math.max(0, inside - endWidth), y + startHeight + gap, endWidth, endHeight, 0,
                    HPos.RIGHT, VPos.CENTER);
        }
    }

    private double sideInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
