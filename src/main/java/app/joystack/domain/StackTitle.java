package app.joystack.domain;

import app.joystack.language.Words;

import java.util.List;
import java.util.Locale;

/**
 * A stack named in one sentence, the same in the planner, the reminders, the tray and the reflection: "Dishes, with
 * rainy-day playlist and candle". Pleasure names start lower case inside the sentence.
 */
public final class StackTitle {
    private static final Words WORDS = Words.of(StackTitle.class);
    private StackTitle() {
    }

    public static String of(String routine, List<String> pleasures) {
        if (pleasures.isEmpty()) {
            return routine;
        }
        boolean lower = Boolean.parseBoolean(WORDS.get("stackTitle.lowerFirst"));
        List<String> names = pleasures.stream().map(name -> lower ? lowerFirst(name) : name).toList();
        String joined = names.size() == 1 ? names.get(0)
                : WORDS.get("stackTitle.and", String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
        return WORDS.get("stackTitle.with", routine, joined);
    }

    /**
     * "Favourite album" reads as "favourite album" after "with"; an acronym such as "TV show" stays. German keeps
     * every name as written, its nouns being capitalised mid-sentence too.
     */
    private static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return name;
    }
}
