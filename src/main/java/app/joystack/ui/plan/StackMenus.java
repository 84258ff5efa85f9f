package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.ShareDraft;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.Occurrence;
import app.joystack.ui.shell.RatingText;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.PleasureOpener;
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

/**
 * A stack's menus: marking it, from the card's corner box; and on the whole card, opening its linked pleasures, edit
 * and delete.
 */
final class StackMenus {
    private static final Words WORDS = Words.of(StackMenus.class);
    private final PlanModel model;
    private final Supplier<Window> owner;
    private final Consumer<Occurrence> edit;
    private final Consumer<Occurrence> delete;
    private final BiConsumer<Occurrence, ShareDraft> share;
    private final PleasureOpener opener;

    StackMenus(PlanModel model, Supplier<Window> owner, Consumer<Occurrence> edit, Consumer<Occurrence> delete,
               BiConsumer<Occurrence, ShareDraft> share, PleasureOpener opener) {
        this.model = model;
        this.opener = opener;
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
        MenuItem item = new MenuItem(WORDS.get("stackMenus.share"), new FontIcon(Feather.SHARE_2));
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
            MenuItem item = new MenuItem(WORDS.get("stackMenus.done", RatingText.stars(stars), RatingText.words(stars)));
            item.setId("done-" + stars);
            item.setOnAction(e -> model.record(o, Outcome.DONE, rating, ""));
            menu.getItems().add(item);
        }
        MenuItem withNote = new MenuItem(WORDS.get("stackMenus.withNote"));
        withNote.setOnAction(e -> new SavoringDialog(owner.get(), o).showAndWait()
                .ifPresent(r -> model.record(o, Outcome.DONE, r.rating(), r.note())));
        MenuItem skip = new MenuItem(WORDS.get("stackMenus.skip"));
        skip.setId("skip");
        skip.setOnAction(e -> model.record(o, Outcome.SKIPPED, null, ""));
        menu.getItems().addAll(withNote, new SeparatorMenuItem(), skip);
        MenuItem shareItem = shareItem(o);
        if (shareItem != null) {
            menu.getItems().addAll(new SeparatorMenuItem(), shareItem);
        }
        if (o.outcome().isPresent()) {
            MenuItem clear = new MenuItem(WORDS.get("stackMenus.backToPlanned"));
            clear.setOnAction(e -> model.clearOutcome(o));
            menu.getItems().add(clear);
        }
        return menu;
    }

    /** The outcomes, Play or Open for each linked pleasure, and edit and delete, for a right click on the card. */
    ContextMenu card(Occurrence o) {
        ContextMenu menu = outcomes(o);
        boolean first = true;
        for (Pleasure pleasure : o.pleasures()) {
            if (pleasure.link().isEmpty()) {
                continue;
            }
            if (first) {
                menu.getItems().add(new SeparatorMenuItem());
                first = false;
            }
            boolean sound = pleasure.opens().isSound();
            MenuItem item = new MenuItem(WORDS.get("stackMenus.open", PleasureOpener.verb(pleasure), pleasure.name()),
                    new FontIcon(sound ? Feather.PLAY_CIRCLE : Feather.EXTERNAL_LINK));
            item.setId("open-pleasure-" + pleasure.id());
            item.setOnAction(e -> opener.opening(pleasure)
                    .thenAcceptAsync(opening -> model.say(opening.words(), false), UiContext.FX));
            menu.getItems().add(item);
        }
        MenuItem editItem = new MenuItem(WORDS.get("stackMenus.edit"), new FontIcon(Feather.EDIT_2));
        editItem.setOnAction(e -> edit.accept(o));
        MenuItem deleteItem = new MenuItem(WORDS.get("stackMenus.delete"), new FontIcon(Feather.TRASH_2));
        deleteItem.setOnAction(e -> delete.accept(o));
        menu.getItems().addAll(new SeparatorMenuItem(), editItem, deleteItem);
        return menu;
    }
}
