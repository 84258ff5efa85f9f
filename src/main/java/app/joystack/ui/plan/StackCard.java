package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.Occurrence;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.TimeText;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DraggedEntry;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stack in the calendar: routine, paired pleasures in their family colours, duration and state.
 * The box in its corner opens the done / skip menu, so marking a stack takes two clicks.
 */
public final class StackCard extends DayEntryView {
    private static final Words WORDS = Words.of(StackCard.class);
    private final Function<Occurrence, ContextMenu> outcomeMenu;
    /** Planned, done or skipped; the card and each of its parts carry it, so no style rule looks up to the card. */
    private final String stateClass;

    public StackCard(Entry<?> entry, Function<Occurrence, ContextMenu> outcomeMenu) {
        super(entry);
        this.outcomeMenu = outcomeMenu;
        stateClass = occurrence().map(StackCard::stateClassOf).orElse("state-planned");
        getStyleClass().add("stack-card");
        // The calendar is one Tab stop and the arrow keys move between cards, so a card is not a stop of its own.
        setFocusTraversable(false);
        occurrence().ifPresent(o -> {
            getStyleClass().add(stateClass);
            // A style class rather than an inline style: cards of one family then share their CSS lookups.
            getStyleClass().add(o.pleasures().isEmpty() ? "family-none"
                    : "family-" + o.pleasures().get(0).family().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        });
        // Made before the card joins the calendar: a skin made in the card's first style pass adds its parts to a card
        // already in the scene, and each part is then styled once on being added and again with the card. This way a
        // busy week's switch makes about 7 % less garbage.
        setSkin(createDefaultSkin());
    }

    /** Made when a screen reader asks: spelling out every card of a busy week as it is made costs a quarter of its making. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && getAccessibleText() == null) {
            Optional<Occurrence> shown = occurrence();
            if (shown.isPresent()) {
                Occurrence o = shown.get();
                return WORDS.get("stackCard.accessible", o.sentence(), TimeText.of(o.start()), TimeText.of(o.end()),
                        CardSkin.stateText(o));
            }
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /**
     * Lays out again the cards in {@code days} that a scroll has brought into sight since their last layout; that
     * makes their parts.
     */
    static void layOutComingIntoSight(Parent days) {
        for (Node node : days.lookupAll(".stack-card")) {
            if (node instanceof StackCard card && card.getSkin() instanceof CardSkin skin && skin.waitsForSight()
                    && skin.inSight()) {
                card.requestLayout();
            }
        }
    }

    private static String stateClassOf(Occurrence o) {
        return o.outcome().map(out -> out.outcome() == Outcome.DONE ? "state-done" : "state-skipped").orElse("state-planned");
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

    /**
     * Lays the card out so that even a 30-minute card shows its routine and first pleasure. A busy week holds hundreds
     * of cards, and styling is most of what a card costs, so the card is a few plain shapes and text nodes rather than
     * labels and buttons: switching to a week of 200 stacks took about three times as long with labels. For the same
     * reason the parts carry the card's state as their own style class, so that no style rule has to search a part's
     * ancestors: a descendant rule that fails walks all the way up the window for each of hundreds of parts. The
     * text nodes are {@link CardText}s, which the theme's descendant rules for {@code Text} do not name.
     */
    private static final class CardSkin extends SkinBase<StackCard> {
        private static final double PAD = 4;
        private static final double MARK = 18;
        /** Tall enough for the first pleasure under the routine. */
        private static final double COMPACT = 30;
        /** Tall enough for every pleasure on its own line, and the state. */
        private static final double FULL = 44;
        /** Space between the routine and pleasures named beside it, and the least room worth naming them in. */
        private static final double BESIDE_GAP = 12;
        private static final double BESIDE_MIN = 90;
        /** Less room than this for the routine beside the mark, and the mark moves to the card's foot. */
        private static final double NARROW_TEXT = 40;
        /** The least room worth starting a further pleasure's name in. */
        private static final double BESIDE_NAME_MIN = 40;

        private final Text routine = new CardText();
        /**
         * Made, like the glyphs, names and state, the first time the card is laid out in sight: half of a busy week is
         * out of sight, and each part costs about as much to make and style as a card. Null until then.
         */
        private Region mark;
        private final Optional<Occurrence> occurrence;
        /**
         * Each pleasure's family glyph and name, and the state line, each made the first time a layout shows it: a
         * part costs most in styling, and a narrow card shows only the glyphs.
         */
        private final List<Text> glyphs = new ArrayList<>();
        private final List<Text> names = new ArrayList<>();
        private Text state;
        private double fittedWidth = -1;
        private double fittedHeight = -1;
        private Font fittedFont;
        /**
         * Shortened texts by font, text and width. The same stacks come back week after week in columns of the same
         * width, so after the first weeks a card's text needs no measuring; the FX thread is the only user.
         */
        private static final Map<FitKey, String> FITTED = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<FitKey, String> eldest) {
                return size() > 4000;
            }
        };
        private static final Text MEASURE = new Text();

        /**
         * A text to fit in a width, in a font. A class rather than a record: a record's equals and hashCode are linked
         * at their first call, which costs about 5 ms before the first frame.
         */
        private static final class FitKey {
            private final Font font;
            private final String text;
            private final double width;

            FitKey(Font font, String text, double width) {
                this.font = font;
                this.text = text;
                this.width = width;
            }

            @Override
            public boolean equals(Object other) {
                return other instanceof FitKey key && key.width == width && key.text.equals(text) && key.font.equals(font);
            }

            @Override
            public int hashCode() {
                return (font.hashCode() * 31 + text.hashCode()) * 31 + Double.hashCode(width);
            }
        }

        CardSkin(StackCard card) {
            super(card);
            occurrence = card.occurrence();
            routine.getStyleClass().addAll("stack-card-routine", card.stateClass);
            unmanaged(routine);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(card.widthProperty());
            clip.heightProperty().bind(card.heightProperty());
            card.setClip(clip);
            if (occurrence.isEmpty()) {
                routine.setText(card.getEntry().getTitle());
            } else {
                HoverTip.install(card, () -> tipText(occurrence.get()));
            }
            addOnceInScene(routine);
        }

        /** Whether the card's mark and other parts are still to be made, at its first layout in sight. */
        boolean waitsForSight() {
            return occurrence.isPresent() && mark == null;
        }

        /**
         * The box that opens the done / skip menu. Added during the card's layout, so that JavaFX styles it once, as
         * it joins the card; a part the card holds as it joins the window is styled a second time.
         */
        private Region markFor(Occurrence o) {
            StackCard card = getSkinnable();
            Region box = new Region();
            box.getStyleClass().addAll("stack-card-mark", card.stateClass);
            box.setAccessibleRole(AccessibleRole.BUTTON);
            box.setAccessibleText(WORDS.get("stackCard.mark"));
            box.setManaged(false);
            // Keep the calendar from starting a drag when the mark is pressed.
            box.addEventFilter(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
            box.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                e.consume();
                ContextMenu menu = card.outcomeMenu.apply(o);
                HoverTip.quietWhile(card, menu);
                HoverTip.quietWhile(box, menu);
                menu.show(box, Side.BOTTOM, 0, 0);
            });
            HoverTip.install(box, WORDS.get("stackCard.mark"));
            getChildren().add(box);
            return box;
        }

        /**
         * Whether some of the card shows: inside every clipping ancestor, the calendar's scrolled hours among them, and
         * inside the window. The card's bounds go up one parent at a time, so a card below a clip's edge is known as
         * soon as that clip is reached.
         */
        boolean inSight() {
            Node node = getSkinnable();
            Scene scene = node.getScene();
            if (scene == null) {
                return false;
            }
            Bounds bounds = node.getLayoutBounds();
            for (Parent parent = node.getParent(); parent != null; node = parent, parent = parent.getParent()) {
                bounds = node.localToParent(bounds);
                Node clip = parent.getClip();
                if (clip != null && !bounds.intersects(clip.getBoundsInParent())) {
                    return false;
                }
            }
            return node.localToParent(bounds).intersects(0, 0, scene.getWidth(), scene.getHeight());
        }

        /**
         * Adds the card's first part once the card is in a scene. A part a card already holds when it joins a shown
         * window is styled twice: JavaFX styles it as it joins and again with the whole card in the next pulse. A
         * part added after the card joined is styled once, which makes a busy week's switch markedly shorter.
         */
        private void addOnceInScene(Node part) {
            StackCard card = getSkinnable();
            if (card.getScene() != null) {
                getChildren().add(part);
                return;
            }
            card.sceneProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable scene) {
                    if (card.getScene() != null) {
                        card.sceneProperty().removeListener(this);
                        getChildren().add(0, part);
                    }
                }
            });
        }

        private static <T extends Node> T unmanaged(T node) {
            // Laid out by the skin itself; unmanaged, a text change does not ask the whole week to lay out again.
            node.setManaged(false);
            node.setMouseTransparent(true);
            if (node instanceof Text text) {
                text.setTextOrigin(VPos.TOP);
            }
            return node;
        }

        private void ensureGlyphs(Occurrence o) {
            if (!glyphs.isEmpty()) {
                return;
            }
            for (Pleasure p : o.pleasures()) {
                Text glyph = unmanaged(new CardText(FamilyLook.glyph(p.family())));
                glyph.getStyleClass().add("family-glyph");
                glyph.setFill(FamilyLook.color(p.family()));
                glyphs.add(glyph);
            }
            getChildren().addAll(glyphs);
        }

        private void ensureNames(Occurrence o) {
            ensureGlyphs(o);
            if (!names.isEmpty()) {
                return;
            }
            for (Pleasure p : o.pleasures()) {
                Text name = unmanaged(new CardText(p.name()));
                name.getStyleClass().addAll("stack-card-pleasure", getSkinnable().stateClass);
                names.add(name);
            }
            getChildren().addAll(names);
        }

        private void ensureState(Occurrence o) {
            if (state == null) {
                state = unmanaged(new CardText(stateText(o)));
                state.getStyleClass().add("stack-card-state");
                getChildren().add(state);
            }
        }

        private void hideState() {
            if (state != null) {
                state.setVisible(false);
            }
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            if (waitsForSight()) {
                if (!inSight()) {
                    return;
                }
                mark = markFor(occurrence.get());
            }
            // The family accent is the card's left border, so x is already past it.
            double left = x + PAD;
            double lineWidth = Math.max(0, x + w - left - PAD);
            // Stacks at the same time share a column; beside a mark, a third of one leaves no room for any letter.
            boolean narrow = occurrence.isPresent() && narrow(lineWidth);
            double routineHeight = routine.getLayoutBounds().getHeight();
            boolean showMark = occurrence.isPresent() && (narrow ? h >= routineHeight + MARK + 3 : h >= 16);
            if (mark != null) {
                mark.setVisible(showMark);
            }
            if (showMark && narrow) {
                mark.resizeRelocate(x + w - MARK - 1, y + h - MARK - 1, MARK, MARK);
            } else if (showMark) {
                mark.resizeRelocate(x + w - MARK - 1, y + 1, MARK, Math.min(MARK, h - 1));
            }
            double textWidth = narrow || !showMark ? lineWidth : Math.max(0, lineWidth - (MARK + 2 - PAD));
            if (w == fittedWidth && h == fittedHeight && routine.getFont() == fittedFont) {
                return;
            }
            fittedWidth = w;
            fittedHeight = h;
            fittedFont = routine.getFont();
            routine.relocate(left, y + 2);
            if (occurrence.isEmpty()) {
                routine.setText(fitted(routine.getFont(), getSkinnable().getEntry().getTitle(), textWidth));
                return;
            }
            Occurrence o = occurrence.get();
            if (narrow) {
                routine.setText(fitted(routine.getFont(), o.routine().name(), textWidth));
                layOutGlyphsOnly(o, left, y + 2 + routineHeight + 1, x + w - (showMark ? MARK + 2 : PAD), y + h - 2);
                return;
            }
            boolean full = h >= FULL;
            boolean compact = !full && h >= COMPACT;
            String withState = o.routine().name() + (!full && o.outcome().isPresent() ? "  " + shortState(o) : "");
            String routineText = fitted(routine.getFont(), withState, textWidth);
            if (!routineText.equals(withState)) {
                // A clipped state reads worse than none; the mark and the card's tint still show it.
                routineText = fitted(routine.getFont(), o.routine().name(), textWidth);
            }
            routine.setText(routineText);
            double routineWidth = routine.getLayoutBounds().getWidth();
            // A one-line card with room to spare, as in the day view, names its pleasures after the routine.
            boolean beside = !full && !compact && textWidth - routineWidth - BESIDE_GAP >= BESIDE_MIN;
            if (full || compact || beside) {
                ensureNames(o);
            }
            if (beside) {
                layOutBeside(o, left + routineWidth + BESIDE_GAP, y + 2, x + w - (MARK + 2));
                return;
            }
            double lineY = y + 2 + routine.getLayoutBounds().getHeight() + 1;
            double bottom = y + h - 2;
            if (compact && names.size() > 1) {
                // Room for one line of pleasures: they share it, side by side, as many as fit, not only the first.
                layOutBeside(o, left, lineY - 1, x + w - PAD);
                return;
            }
            if (names.isEmpty()) {
                glyphs.forEach(glyph -> glyph.setVisible(false)); // left from a narrower layout
            }
            for (int i = 0; i < names.size(); i++) {
                Text glyph = glyphs.get(i);
                Text name = names.get(i);
                double height = name.getLayoutBounds().getHeight();
                boolean shown = (full || i == 0) && lineY + height <= bottom + 3;
                glyph.setVisible(shown);
                name.setVisible(shown);
                if (shown) {
                    glyph.relocate(left, lineY + 1);
                    double glyphWidth = glyph.getLayoutBounds().getWidth() + 4;
                    name.relocate(left + glyphWidth, lineY);
                    // Lines below the routine run under the mark, so they may use the card's full width.
                    name.setText(fitted(name.getFont(), o.pleasures().get(i).name(),
                            Math.max(0, x + w - PAD - left - glyphWidth)));
                    lineY += height + 1;
                }
            }
            if (!full) {
                hideState();
            } else {
                ensureState(o);
                boolean shown = lineY + state.getLayoutBounds().getHeight() <= bottom + 2;
                state.setVisible(shown);
                state.relocate(left, lineY);
                if (!shown && o.outcome().isPresent()) {
                    // No room for the state's own line: it joins the routine's, as on a shorter card.
                    String joined = o.routine().name() + "  " + shortState(o);
                    if (fitted(routine.getFont(), joined, textWidth).equals(joined)) {
                        routine.setText(joined);
                    }
                }
            }
        }

        /** A narrow card's pleasures as a row of their family glyphs under the routine, as many as fit before the mark. */
        private void layOutGlyphsOnly(Occurrence o, double from, double lineY, double to, double bottom) {
            ensureGlyphs(o);
            hideState();
            names.forEach(name -> name.setVisible(false));
            double x = from;
            for (Text glyph : glyphs) {
                double width = glyph.getLayoutBounds().getWidth();
                boolean shown = x + width <= to && lineY + glyph.getLayoutBounds().getHeight() <= bottom + 2;
                glyph.setVisible(shown);
                if (shown) {
                    glyph.relocate(x, lineY + 1);
                    x += width + 3;
                }
            }
        }

        /** Each pleasure, its own glyph before its name, on the routine's line from {@code from} to {@code to}. */
        private void layOutBeside(Occurrence o, double from, double lineY, double to) {
            hideState();
            // On the routine's baseline, though the names are set smaller.
            double baseline = lineY + routine.getBaselineOffset();
            double x = from;
            boolean room = true;
            for (int i = 0; i < names.size(); i++) {
                Text glyph = glyphs.get(i);
                Text name = names.get(i);
                double glyphWidth = glyph.getLayoutBounds().getWidth() + 4;
                double width = to - x - glyphWidth;
                room = room && width >= BESIDE_NAME_MIN;
                glyph.setVisible(room);
                name.setVisible(room);
                if (!room) {
                    continue;
                }
                String full = o.pleasures().get(i).name();
                String shown = fitted(name.getFont(), full, width);
                glyph.relocate(x, baseline - glyph.getBaselineOffset());
                name.relocate(x + glyphWidth, baseline - name.getBaselineOffset());
                name.setText(shown);
                x += glyphWidth + name.getLayoutBounds().getWidth() + BESIDE_GAP;
                room = shown.equals(full);
            }
        }

        /** {@code full}, or as much of it as fits in {@code width} followed by an ellipsis. */
        private static String fitted(Font font, String full, double width) {
            return FITTED.computeIfAbsent(new FitKey(font, full, width), key -> shorten(font, full, width));
        }

        private static String shorten(Font font, String full, double width) {
            MEASURE.setFont(font);
            MEASURE.setText(full);
            if (MEASURE.getLayoutBounds().getWidth() <= width || full.isEmpty()) {
                return full;
            }
            int low = 0;
            int high = full.length();
            while (low < high) {
                int mid = (low + high + 1) / 2;
                MEASURE.setText(full.substring(0, mid).stripTrailing() + "\u2026");
                if (MEASURE.getLayoutBounds().getWidth() <= width) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low == 0 ? "" : full.substring(0, low).stripTrailing() + "\u2026";
        }

        /**
         * A stack of ten minutes is still tall enough for its routine and its mark: CalendarFX gives a card at least
         * this height, even where that reaches a little past the stack's end.
         */
        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            if (occurrence.isEmpty()) {
                return 0;
            }
            double routineHeight = routine.getLayoutBounds().getHeight();
            // A narrow card (stacks side by side) keeps its mark at its foot, under the routine.
            boolean narrow = width >= 0 && narrow(width - left - right - 2 * PAD);
            return narrow ? routineHeight + MARK + 3 : Math.max(routineHeight + 4, MARK + 1);
        }

        /** Whether a card whose text may use {@code lineWidth} is too narrow for its routine beside the mark. */
        private static boolean narrow(double lineWidth) {
            return lineWidth - (MARK + 2 - PAD) < NARROW_TEXT;
        }

        static String shortState(Occurrence o) {
            return o.outcome().map(out -> out.outcome() == Outcome.SKIPPED ? WORDS.get("stackCard.skippedShort")
                    : out.rating() == null ? "\u2713" : "\u2713" + "\u2605".repeat(out.rating())).orElse("");
        }

        /** What, when and how often; then how it went, once marked (a planned card's times are on the line above). */
        static String tipText(Occurrence o) {
            String tip = o.sentence() + "\n" + TimeText.of(o.start()) + "\u2013"
                    + TimeText.of(o.end()) + " \u00b7 "
                    + o.stack().recurrence().describe();
            return o.outcome().isEmpty() ? tip : tip + "\n" + stateText(o);
        }

        static String stateText(Occurrence o) {
            long minutes = o.stack().duration().toMinutes();
            String length = minutes >= 60 && minutes % 60 == 0 ? WORDS.get("stackCard.hours", minutes / 60)
                    : WORDS.get("stackCard.minutes", minutes);
            if (o.outcome().isEmpty()) {
                return TimeText.of(o.start()) + " \u00b7 " + length;
            }
            StackOccurrenceOutcome out = o.outcome().get();
            if (out.outcome() == Outcome.SKIPPED) {
                return WORDS.get("stackCard.skipped");
            }
            return out.rating() == null ? WORDS.get("stackCard.done") : WORDS.get("stackCard.doneRated", "\u2605".repeat(out.rating()));
        }
    }

    /**
     * Text whose CSS type is its own: the theme styles {@code Text} inside its tiles and messages with descendant rules,
     * and each such rule searched all of a card text's ancestors, hundreds of times per week shown. Card text is styled
     * by its own style classes only.
     */
    private static final class CardText extends Text {
        CardText() {
        }

        CardText(String text) {
            super(text);
        }
    }
}
