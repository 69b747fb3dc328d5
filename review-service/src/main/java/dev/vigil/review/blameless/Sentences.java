package dev.vigil.review.blameless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a section into sentences. Quoted text (a jailbreak prompt, a model's answer, a log line)
 * is evidence, not the author's wording: it is blanked in {@link Sentence#read()} so that neither
 * its words nor its full stops count.
 */
final class Sentences {

    /**
     * @param text as written, for the finding
     * @param read the same with quotations blanked and apostrophes straightened, for the rules; same offsets
     */
    record Sentence(String text, String read) {
    }

    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"]*\"|“[^”]*”|(?<![\\p{L}\\p{N}])'(?=\\S)[^\\n]*?(?<=\\S)'(?![\\p{L}\\p{N}])");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+•]|\\d+[.)]|#+)\\s+");
    private static final Pattern NEW_BLOCK = Pattern.compile("\\s*(?:\\n|[-*+•]\\s|\\d+[.)]\\s|#)");
    /** Words that end with a full stop without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "cf", "dr", "mr", "mrs", "ms",
            "prof", "incl", "approx", "fig", "no", "nr", "jr", "sr", "st", "inc", "ltd", "resp", "al", "viz", "ca",
            "eg", "ie", "est", "min", "max", "dept");
    private static final String CLOSERS = "\"”')]";

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String read = blankQuotations(Word.normalise(text));
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int end : cuts(read)) {
            add(sentences, text, read, start, end);
            start = end;
        }
        add(sentences, text, read, start, read.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String original, String read, int from, int to) {
        // original and read share offsets: normalising and blanking replace characters one for one
        while (from < to && Character.isWhitespace(original.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
            to--;
        }
        Matcher marker = LIST_MARKER.matcher(original.substring(from, to));
        if (marker.find()) {
            from += marker.end();
        }
        if (from < to && read.substring(from, to).chars().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(new Sentence(original.substring(from, to), read.substring(from, to)));
        }
    }

    /** Offsets where one sentence ends and the next begins. */
    private static List<Integer> cuts(String s) {
        List<Integer> cuts = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                // a blank line, a list item or a heading starts a new sentence; a wrapped line does not
                if (i + 1 < n && NEW_BLOCK.matcher(s).region(i + 1, n).lookingAt() || startsHeading(s, i)) {
                    cuts.add(i + 1);
                }
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i;
            while (j < n && ".!?".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            while (j < n && CLOSERS.indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j < n && !Character.isWhitespace(s.charAt(j))) {
                continue;  // "v2.1", "example.com"
            }
            if (c == '.' && j == i + 1 && isAbbreviation(wordBefore(s, i))) {
                continue;
            }
            int next = j;
            while (next < n && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            if (next < n && Character.isLowerCase(s.charAt(next))) {
                continue;  // an abbreviation we do not know, followed by the rest of its sentence
            }
            cuts.add(j);
            i = j - 1;
        }
        return cuts;
    }

    private static boolean startsHeading(String s, int newline) {
        int lineStart = s.lastIndexOf('\n', newline - 1) + 1;
        return s.substring(lineStart, newline).stripLeading().startsWith("#");
    }

    private static String wordBefore(String s, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetterOrDigit(s.charAt(from - 1)) || s.charAt(from - 1) == '.')) {
            from--;
        }
        return s.substring(from, dot);
    }

    private static boolean isAbbreviation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        // initials and dotted abbreviations: "J. Smith", "U.S. users"
        return lower.matches("\\p{L}(?:\\.\\p{L})*") && !lower.equals("a") && !lower.equals("i");
    }

    /**
     * Replaces the inside of each quotation with spaces, keeping the quote marks and a full stop
     * just inside the closing mark, so that a sentence ending in a quotation still ends there.
     */
    static String blankQuotations(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int last = m.end() - 1;
            for (int i = m.start() + 1; i < last; i++) {
                boolean endsSentence = i == last - 1 && ".!?".indexOf(text.charAt(i)) >= 0;
                if (!endsSentence) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }
}
