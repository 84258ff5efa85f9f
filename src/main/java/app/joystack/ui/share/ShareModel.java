package app.joystack.ui.share;

import app.joystack.language.Words;
import app.joystack.domain.MailtoUri;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareDraft;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.TextRules;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.DesktopOpener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The share dialog's state and commands: who it is for (anyone on the list, or no one in particular), the message as
 * the person edits it, and the two ways out: copy it for their own app, or hand it to their mail program. Either one
 * keeps the shared joy in the store, so the week counts it as connection. JoyStack sends nothing itself.
 */
public final class ShareModel {
    private static final Words WORDS = Words.of(ShareModel.class);
    // properties
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shared = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canShare;

    private final UiContext context;
    private final ShareDraft draft;
    /** A person asked for before the list was loaded. */
    private Long wanted;

    public ShareModel(UiContext context, ShareDraft draft) {
        this.context = context;
        this.draft = draft;
        message.set(draft.message());
        canShare = Bindings.createBooleanBinding(() -> !message.get().isBlank() && !busy.get() && !shared.get(),
                message, busy, shared);
    }

    /** Everyone on the list, by name; the dialog offers them with "no one in particular" first. */
    public ObservableList<Person> people() {
        return people;
    }

    /** The chosen person, or null for no one in particular. */
    public ObjectProperty<Person> person() {
        return person;
    }

    public StringProperty message() {
        return message;
    }

    /** Words for the person after an action: what happened, or why it did not. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** True once the shared joy is kept; the dialog closes then. */
    public ReadOnlyBooleanProperty shared() {
        return shared.getReadOnlyProperty();
    }

    /** Copy and Open in mail: while there is a message and nothing is on its way to the store. */
    public BooleanBinding canShare() {
        return canShare;
    }

    public ShareDraft draft() {
        return draft;
    }

    // commands

    public CompletableFuture<Void> loadPeople() {
        return context.async(s -> s.people().all(), found -> {
            Long keep = wanted != null ? wanted : person.get() == null ? null : person.get().id();
            wanted = null;
            people.setAll(found);
            person.set(keep == null ? null : found.stream().filter(p -> p.id() == keep).findFirst().orElse(null));
        });
    }

    /**
     * Chooses the person with this id (for a caller that knows who it is for): at once when the list is loaded, else
     * as soon as it is.
     */
    public void choose(long personId) {
        Optional<Person> loaded = people.stream().filter(p -> p.id() == personId).findFirst();
        if (loaded.isPresent()) {
            person.set(loaded.get());
        } else {
            wanted = personId;
        }
    }

    /** Who the mail is addressed to: the chosen person's e-mail address, or empty so the person picks in their mail. */
    public String mailTo() {
        Person chosen = person.get();
        return chosen == null ? "" : chosen.email().orElse("");
    }

    /** The {@code mailto:} address for the message as it stands. */
    public String mailUri() {
        return MailtoUri.of(mailTo(), draft.subject(), message.get().strip());
    }

    /**
     * Hands the message to {@code clipboard}, then keeps the shared joy. {@code onShared} hears of it once it is in
     * the store; a failed write keeps the dialog and its words, and says why.
     */
    public CompletableFuture<Void> copy(Consumer<String> clipboard, Consumer<SharedJoy> onShared) {
        String text = checkedMessage();
        if (text == null) {
            return CompletableFuture.completedFuture(null);
        }
        clipboard.accept(text);
        return keep(text, ShareChannel.COPIED, onShared);
    }

    /**
     * Hands the {@code mailto:} address to the desktop, which opens the person's mail program with the message; then
     * keeps the shared joy. If the desktop cannot take it, nothing is kept and the words say Copy still works. A
     * desktop may also take it and open nothing, without a word, so the kind words after it say what to do then.
     */
    public CompletableFuture<Void> openInMail(DesktopOpener desktop, Consumer<SharedJoy> onShared) {
        String text = checkedMessage();
        if (text == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            desktop.open(mailUri());
        } catch (RuntimeException e) {
            status.set(WORDS.get("shareModel.noMail"));
            return CompletableFuture.completedFuture(null);
        }
        return keep(text, ShareChannel.MAIL, onShared);
    }

    /**
     * For someone the person sees: the words are kept as shared in person, with nothing copied or handed over, so the
     * week counts the moment all the same.
     */
    public CompletableFuture<Void> toldInPerson(Consumer<SharedJoy> onShared) {
        String text = checkedMessage();
        if (text == null) {
            return CompletableFuture.completedFuture(null);
        }
        return keep(text, ShareChannel.IN_PERSON, onShared);
    }

    /** Whether the chosen person is usually met in person, so the dialog offers to keep it as said face to face. */
    public boolean seenInPerson() {
        Person chosen = person.get();
        return chosen != null && chosen.reach() == Reach.IN_PERSON;
    }

    /** Words for the person once a joy is shared: what they do next, gently. */
    public static String sharedWords(SharedJoy joy) {
        String key = switch (joy.channel()) {
            case COPIED -> "shareModel.copied";
            case MAIL -> "shareModel.mailed";
            case IN_PERSON -> "shareModel.inPerson";
        };
        return joy.personIfKnown().map(name -> WORDS.get(key + (key.endsWith("inPerson") ? "With" : "To"), name))
                .orElseGet(() -> WORDS.get(key));
    }

    private String checkedMessage() {
        try {
            return TextRules.required("The message", message.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    private CompletableFuture<Void> keep(String text, ShareChannel channel, Consumer<SharedJoy> onShared) {
        SharedJoy joy = SharedJoy.draft(OffsetDateTime.now(context.clock()), person.get(), draft.source(), text, channel);
        busy.set(true);
        return context.save(s -> s.sharedJoys().insert(joy), kept -> {
            busy.set(false);
            status.set(sharedWords(kept));
            shared.set(true);
            onShared.accept(kept);
        }, why -> {
            busy.set(false);
            status.set(why);
        });
    }
}
