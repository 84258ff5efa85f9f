package app.joystack.ui.plan;

import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.Occurrence;
import app.joystack.ui.shell.FamilyLook;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DraggedEntry;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stack in the calendar: routine, paired pleasures in their family colours, duration and state.
 * The check button opens the done / skip menu, so marking a stack takes two clicks.
 */
public final class StackCard extends DayEntryView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private final Function<Occurrence, ContextMenu> outcomeMenu;

    public StackCard(Entry<?> entry, Function<Occurrence, ContextMenu> outcomeMenu) {
        super(entry);
        this.outcomeMenu = outcomeMenu;
        getStyleClass().add("stack-card");
        occurrence().ifPresent(o -> {
            getStyleClass().add(o.outcome().map(out -> out.outcome() == Outcome.DONE ? "state-done" : "state-skipped")
                    .orElse("state-planned"));
            setId("card-" + o.key().replace('@', '-'));
            // A style class rather than an inline style: cards of one family then share their CSS lookups.
            getStyleClass().add(o.pleasures().isEmpty() ? "family-none"
                    : "family-" + o.pleasures().get(0).family().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        });
    }

    /** The occurrence behind this card (also while it is being dragged). */
    public Optional<Occurrence> occurrence() {
        Entry<?> entry = getEntry() instanceof DraggedEntry dragged ? dragged.getOriginalEntry() : getEntry();
        return entry.getUserObject() instanceof Occurrence o ? Optional.of(o) : Optional.empty();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CardSkin(this);
    }

    /** Lays the card out so that even a 30-minute card shows its routine and first pleasure. */
    private static final class CardSkin extends SkinBase<StackCard> {
        CardSkin(StackCard card) {
            super(card);
            VBox body = new VBox(1);
            body.getStyleClass().add("stack-card-body");
            body.setPadding(new Insets(2, 4, 2, 6));
            Optional<Occurrence> found = card.occurrence();
            if (found.isEmpty()) {
                Label title = new Label(card.getEntry().getTitle());
                title.getStyleClass().add("stack-card-routine");
                body.getChildren().add(title);
                getChildren().add(body);
                return;
            }
            Occurrence o = found.get();
            Label routine = new Label(o.routine().name());
            routine.getStyleClass().add("stack-card-routine");
            routine.setMinWidth(0);
            HBox.setHgrow(routine, Priority.ALWAYS);
            routine.setMaxWidth(Double.MAX_VALUE);

            Button mark = new Button(null, new FontIcon(o.outcome().isPresent() ? Feather.CHECK_SQUARE : Feather.CHECK));
            mark.getStyleClass().addAll("flat", "stack-card-mark");
            mark.setFocusTraversable(false);
            // Each tooltip is a popup with its own scene; made on first hover, a week of cards switches much faster.
            mark.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (mark.getTooltip() == null) {
                    mark.setTooltip(new Tooltip("Done or skip"));
                }
            });
            mark.setId("mark-" + o.key().replace('@', '-'));
            // Keep the calendar from starting a drag when the button is pressed.
            mark.addEventFilter(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
            mark.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                e.consume();
                card.outcomeMenu.apply(o).show(mark, Side.BOTTOM, 0, 0);
            });
            BorderPane top = new BorderPane(routine);
            // Room for the check button, which sits above the body.
            top.setPadding(new Insets(0, 18, 0, 0));
            body.getChildren().add(top);

            // The pleasure and state lines are made once the card is tall enough to show them. Most stacks are
            // short, and building and styling hidden lines was a fifth of the time to switch to a busy week.
            Runnable addLines = () -> {
                for (Pleasure p : o.pleasures()) {
                    Label pleasure = new Label(p.name(), FamilyLook.icon(p.family()));
                    pleasure.getStyleClass().add("stack-card-pleasure");
                    pleasure.setMinWidth(0);
                    body.getChildren().add(pleasure);
                }
                Label state = new Label(stateText(o));
                state.getStyleClass().add("stack-card-state");
                body.getChildren().add(state);
            };
            // A short card keeps the routine line and puts the first pleasure and state beside it.
            Label[] compact = new Label[1];
            card.heightProperty().addListener((obs, was, height) -> {
                boolean small = height.doubleValue() < 44;
                if (!small && body.getChildren().size() == 1) {
                    addLines.run();
                }
                for (int i = 1; i < body.getChildren().size(); i++) {
                    body.getChildren().get(i).setVisible(!small);
                    body.getChildren().get(i).setManaged(!small);
                }
                routine.setText(o.routine().name() + (small && o.outcome().isPresent() ? "  " + shortState(o) : ""));
                if (small && height.doubleValue() >= 30 && compact[0] == null) {
                    compact[0] = new Label(o.pleasures().get(0).name(), FamilyLook.icon(o.pleasures().get(0).family()));
                    compact[0].getStyleClass().add("stack-card-pleasure");
                    compact[0].setMinWidth(0);
                }
                top.setBottom(small && height.doubleValue() >= 30 ? compact[0] : null);
                mark.setVisible(height.doubleValue() >= 18);
            });
            body.setMinSize(0, 0);
            // The calendar only starts a drag when the press lands on the card itself, so the text lets it through.
            body.setMouseTransparent(true);
            getChildren().addAll(body, mark);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(card.widthProperty());
            clip.heightProperty().bind(card.heightProperty());
            card.setClip(clip);
            card.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    card.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    Tooltip.install(card, new Tooltip(o.sentence() + "\n" + TIME.format(o.start()) + "\u2013"
                            + TIME.format(o.end()) + " \u00b7 " + o.stack().recurrence().describe() + "\n" + stateText(o)));
                }
            });
        }

        static String shortState(Occurrence o) {
            return o.outcome().map(out -> out.outcome() == Outcome.SKIPPED ? "\u00b7 skipped"
                    : out.rating() == null ? "\u2713" : "\u2713" + "\u2605".repeat(out.rating())).orElse("");
        }

        static String stateText(Occurrence o) {
            long minutes = o.stack().duration().toMinutes();
            String length = minutes >= 60 && minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
            if (o.outcome().isEmpty()) {
                return TIME.format(o.start()) + " \u00b7 " + length;
            }
            StackOccurrenceOutcome out = o.outcome().get();
            if (out.outcome() == Outcome.SKIPPED) {
                return "Skipped this time";
            }
            return out.rating() == null ? "Done" : "Done \u00b7 " + "\u2605".repeat(out.rating());
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            getChildren().get(0).resizeRelocate(x, y, w, h);
            if (getChildren().size() > 1) {
                javafx.scene.Node mark = getChildren().get(1);
                double size = Math.min(18, h);
                mark.resizeRelocate(x + w - 20, y, 20, size);
            }
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return 0;
        }
    }
}
