package app.joystack.reflection;

import app.joystack.domain.Glimmer;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Routine;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.WeeklyReflection;
import app.joystack.store.Store;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the store holds about one week, read in one transaction so the figures agree with each other. */
public record WeekRecord(WeekSpan span, List<JoyStack> stacks, Map<Long, Routine> routines, Map<Long, Pleasure> pleasures,
                         List<StackOccurrenceOutcome> outcomes, List<PromptResponse> responses, List<Glimmer> glimmers,
                         List<SharedJoy> sharedJoys, WeeklyReflection reflection) {
    public WeekRecord {
        stacks = List.copyOf(stacks);
        routines = Map.copyOf(routines);
        pleasures = Map.copyOf(pleasures);
        outcomes = List.copyOf(outcomes);
        responses = List.copyOf(responses);
        glimmers = List.copyOf(glimmers);
        sharedJoys = sharedJoys == null ? List.of() : List.copyOf(sharedJoys);
        if (reflection == null) {
            reflection = new WeeklyReflection(span.week(), Map.of());
        }
    }

    /** Reads the week; call it inside {@code store.async} or {@code store.await}. */
    public static WeekRecord read(Store store, IsoWeek week, ZoneId zone) {
        WeekSpan span = new WeekSpan(week, zone);
        List<StackOccurrenceOutcome> outcomes = store.outcomes().between(week.monday(), week.sunday());
        Map<Long, JoyStack> stacks = new LinkedHashMap<>();
        store.stacks().overlapping(week.monday(), week.sunday()).forEach(s -> stacks.put(s.id(), s));
        Map<Long, Routine> routines = store.routines().all().stream()
                .collect(Collectors.toMap(Routine::id, Function.identity()));
        Map<Long, Pleasure> pleasures = store.pleasures().all().stream()
                .collect(Collectors.toMap(Pleasure::id, Function.identity()));
        return new WeekRecord(span, List.copyOf(stacks.values()), routines, pleasures, outcomes,
                store.promptResponses().between(span.start(), span.end()),
                store.glimmers().between(span.start(), span.end()),
                store.sharedJoys().between(span.start(), span.end()),
                store.reflections().of(week));
    }
}
