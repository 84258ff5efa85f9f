package app.joystack.domain;

import java.util.List;
import java.util.Locale;

/**
 * A stack named in one sentence, the same in the planner, the reminders, the tray and the reflection: "Dishes, with
 * rainy-day playlist and candle". Pleasure names start lower case inside the sentence.
 */
public final class StackTitle {
    private StackTitle() {
    }

    public static String of(String routine, List<String> pleasures) {
        if (pleasures.isEmpty()) {
            return routine;
        }
        List<String> names = pleasures.stream().map(StackTitle::lowerFirst).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return routine + ", with " + joined;
    }

    /** "Favourite album" reads as "favourite album" after "with"; an acronym such as "TV show" stays. */
    private static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return name;
    }
}
