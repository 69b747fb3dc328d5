package dev.vigil.review.blameless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or a punctuation mark of a sentence.
 *
 * @param text  as written
 * @param lower lower case, for comparing
 * @param base  lower case without a possessive 's ("carl's" → "carl")
 */
record Word(String text, String lower, String base, boolean possessive, boolean punctuation) {

    // Dots, apostrophes and hyphens inside a word keep it whole: "v2.1", "e.g", "didn't", "on-call".
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:[.'\\-][\\p{L}\\p{N}]+)*|[,;:!?()\\[\\]\\-–—]");

    static List<Word> of(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalise(sentence));
        while (m.find()) {
            String text = m.group();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean possessive = lower.endsWith("'s") && lower.length() > 2;
            boolean punctuation = !Character.isLetterOrDigit(text.charAt(0));
            words.add(new Word(text, lower, possessive ? lower.substring(0, lower.length() - 2) : lower, possessive,
                    punctuation));
        }
        return words;
    }

    /** Curly apostrophes become straight ones, keeping every offset where it was. */
    static String normalise(String text) {
        return text.replace('’', '\'').replace('‘', '\'');
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** True for a phrase word such as "forgot" or the wildcard "forget*". */
    boolean matches(String pattern) {
        if (punctuation) {
            return false;
        }
        return pattern.endsWith("*") ? lower.startsWith(pattern.substring(0, pattern.length() - 1)) : lower.equals(pattern);
    }

    static String join(List<Word> words) {
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (!out.isEmpty() && !w.punctuation()) {
                out.append(' ');
            }
            out.append(w.text());
        }
        return out.toString();
    }
}
