package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.plan.Occurrence;
import app.joystack.plan.Scope;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** For a repeating stack, asks which occurrences a change covers. */
final class ScopeQuestion {
    private static final Words WORDS = Words.of(ScopeQuestion.class);
    private ScopeQuestion() {
    }

    /** @return the scope; all for a stack that does not repeat; empty when the person cancels */
    /** @param verb what the person is doing to the stack: change, delete, move or resize ("scopeQuestion.verb.…") */
    static Optional<Scope> ask(Window owner, Occurrence o, String verb) {
        if (!PlanModel.asksScope(o)) {
            return Optional.of(Scope.ALL);
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        String doing = WORDS.get("scopeQuestion.verb." + verb);
        String description = o.stack().recurrence().describe();
        if (Boolean.parseBoolean(WORDS.get("scopeQuestion.lowerDescription"))) {
            description = description.toLowerCase(Locale.ROOT);
        }
        ask.setTitle(WORDS.get("scopeQuestion.title", doing));
        ask.setHeaderText(WORDS.get("scopeQuestion.repeats", o.routine().name(), description));
        ask.setContentText(WORDS.get("scopeQuestion.which", doing));
        Map<ButtonType, Scope> buttons = new LinkedHashMap<>();
        for (Scope scope : Scope.values()) {
            buttons.put(new ButtonType(scope.label(), ButtonBar.ButtonData.OTHER), scope);
        }
        ask.getButtonTypes().setAll(buttons.keySet());
        ask.getButtonTypes().add(new ButtonType(WORDS.get("scopeQuestion.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // A question, not a warning: no large question mark. AtlantaFX caps a dialog at 600 px, which would cut the
        // middle choice short; the pane may be as wide as its four buttons need.
        ask.setGraphic(null);
        ask.getDialogPane().maxWidthProperty().set(Double.MAX_VALUE);
        ask.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        return ask.showAndWait().map(buttons::get);
    }
}
