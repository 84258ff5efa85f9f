package app.joystack.ui.shell;

import app.joystack.language.Words;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Sense;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Locale;
import java.util.function.Predicate;

/** Search words plus a family and a sense choice: the one way pleasures are narrowed down in the app. */
public final class PleasureFilter {
    private static final Words WORDS = Words.of(PleasureFilter.class);
    private final String anyFamily = WORDS.get("pleasureFilter.anyFamily");
    private final String anySense = WORDS.get("pleasureFilter.anySense");

    private final TextField search = new TextField();
    private final ComboBox<String> family = new ComboBox<>();
    private final ComboBox<String> sense = new ComboBox<>();
    private final boolean searchNotes;

    /**
     * @param idPrefix    prefix of the controls' ids: {@code -search}, {@code -family}, {@code -sense}
     * @param searchNotes whether the words are also looked for in each pleasure's note
     */
    public PleasureFilter(String idPrefix, String prompt, boolean searchNotes) {
        this.searchNotes = searchNotes;
        search.setPromptText(prompt);
        search.setId(idPrefix + "-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        family.getItems().add(anyFamily);
        for (Family f : Family.values()) {
            family.getItems().add(f.label());
        }
        family.setValue(anyFamily);
        family.setId(idPrefix + "-family");
        sense.getItems().add(anySense);
        for (Sense s : Sense.values()) {
            sense.getItems().add(s.label());
        }
        sense.setValue(anySense);
        sense.setId(idPrefix + "-sense");
    }

    public TextField search() {
        return search;
    }

    public ComboBox<String> family() {
        return family;
    }

    public ComboBox<String> sense() {
        return sense;
    }

    /** Runs {@code action} whenever the words or a choice change. */
    public void onChange(Runnable action) {
        search.textProperty().addListener(o -> action.run());
        family.valueProperty().addListener(o -> action.run());
        sense.valueProperty().addListener(o -> action.run());
    }

    /** The pleasures that match what is chosen now. */
    public Predicate<Pleasure> current() {
        String words = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        String familyChoice = family.getValue();
        String senseChoice = sense.getValue();
        return p -> (words.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(words)
                    || (searchNotes && p.note().toLowerCase(Locale.ROOT).contains(words)))
                && (familyChoice == null || anyFamily.equals(familyChoice) || p.family().label().equals(familyChoice))
                && (senseChoice == null || anySense.equals(senseChoice)
                    || p.senses().stream().anyMatch(s -> s.label().equals(senseChoice)));
    }
}
