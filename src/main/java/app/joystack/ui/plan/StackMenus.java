package app.joystack.ui.plan;

import app.joystack.domain.Outcome;
import app.joystack.domain.ShareDraft;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.Occurrence;
import app.joystack.ui.shell.RatingText;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A stack's menus: marking it, from the card's corner box, and with edit and delete on the whole card. */
final class StackMenus {
    private final PlanModel model;
    private final Supplier<Window> owner;
    private final Consumer<Occurrence> edit;
    private final Consumer<Occurrence> delete;
    private final BiConsumer<Occurrence, ShareDraft> share;

    StackMenus(PlanModel model, Supplier<Window> owner, Consumer<Occurrence> edit, Consumer<Occurrence> delete,
               BiConsumer<Occurrence, ShareDraft> share) {
        this.model = model;
        this.owner = owner;
        this.edit = edit;
        this.delete = delete;
        this.share = share;
    }

    /**
     * "Share…" for a done stack: its savouring note in a short message, or the stack itself when it has none. Null for
     * a stack not done.
     */
    MenuItem shareItem(Occurrence o) {
        Optional<StackOccurrenceOutcome> done = o.outcome().filter(outcome -> outcome.outcome() == Outcome.DONE);
        if (done.isEmpty()) {
            return null;
        }
        MenuItem item = new MenuItem("Share\u2026", new FontIcon(Feather.SHARE_2));
        item.setId("share-stack");
        item.setOnAction(e -> share.accept(o, ShareDraft.fromStack(o.sentence(), done.get().note(), o.date())));
        return item;
    }

    /** Done with a rating or a savouring note, skip, back to planned; a day still ahead says why it cannot be marked. */
    ContextMenu outcomes(Occurrence o) {
        ContextMenu menu = new ContextMenu();
        if (model.isAhead(o)) {
            MenuItem ahead = new MenuItem(PlanModel.stillAhead(o));
            ahead.setId("still-ahead");
            ahead.setDisable(true);
            menu.getItems().add(ahead);
            return menu;
        }
        for (int stars = 5; stars >= 1; stars--) {
            int rating = stars;
            MenuItem item = new MenuItem("Done \u00b7 " + RatingText.stars(stars) + "  " + RatingText.words(stars));
            item.setId("done-" + stars);
            item.setOnAction(e -> model.record(o, Outcome.DONE, rating, ""));
            menu.getItems().add(item);
        }
        MenuItem withNote = new MenuItem("Done, with a savouring note\u2026");
        withNote.setOnAction(e -> new SavoringDialog(owner.get(), o).showAndWait()
                .ifPresent(r -> model.record(o, Outcome.DONE, r.rating(), r.note())));
        MenuItem skip = new MenuItem("Skip this time");
        skip.setId("skip");
        skip.setOnAction(e -> model.record(o, Outcome.SKIPPED, null, ""));
        menu.getItems().addAll(withNote, new SeparatorMenuItem(), skip);
        MenuItem shareItem = shareItem(o);
        if (shareItem != null) {
            menu.getItems().addAll(new SeparatorMenuItem(), shareItem);
        }
        if (o.outcome().isPresent()) {
            MenuItem clear = new MenuItem("Back to planned");
            clear.setOnAction(e -> model.clearOutcome(o));
            menu.getItems().add(clear);
        }
        return menu;
    }

    /** The outcomes with edit and delete, for a right click on the card. */
    ContextMenu card(Occurrence o) {
        ContextMenu menu = outcomes(o);
        MenuItem editItem = new MenuItem("Edit\u2026", new FontIcon(Feather.EDIT_2));
        editItem.setOnAction(e -> edit.accept(o));
        MenuItem deleteItem = new MenuItem("Delete", new FontIcon(Feather.TRASH_2));
        deleteItem.setOnAction(e -> delete.accept(o));
        menu.getItems().addAll(new SeparatorMenuItem(), editItem, deleteItem);
        return menu;
    }
}
