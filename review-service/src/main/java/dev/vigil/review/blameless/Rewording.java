package dev.vigil.review.blameless;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills a rule's rewording template from the words after the blame wording, turning the person's
 * omission into a statement about the thing: "Carl failed to check the output" gives
 * {@code {omission}} = "The output was not checked".
 */
final class Rewording {

    private Rewording() {
    }

    /**
     * @param wording the blame wording as matched: a negated perfect ("should not have approved")
     *                says the thing was done, so the rewording says it happened rather than not
     */
    static String of(String template, String wording, List<Word> after) {
        String text = template;
        if (text.contains("{omission}")) {
            boolean done = wording.toLowerCase(java.util.Locale.ROOT).matches(".*(\\bnot|n't) have");
            text = text.replace("{omission}", omission(after, done));
        }
        if (text.contains("{object}")) {
            text = text.replace("{object}", object(after));
        }
        return capitalise(text);
    }

    /** What did not happen (or, when {@code done}, what did), said of the thing it happened to. */
    static String omission(List<Word> after, boolean done) {
        String not = done ? "" : "not ";
        List<Word> action = words(after);
        boolean baseForm = !action.isEmpty() && action.getFirst().lower().equals("to");
        if (baseForm) {
            action = action.subList(1, action.size());
        }
        if (action.isEmpty()) {
            return "A step was missed";
        }
        if (opensClause(action, 0)) {
            return "It was missed " + phrase(action);  // "forgot that the harness skipped non-English prompts"
        }
        if (startsNounPhrase(action.getFirst())) {
            return capitalise(phrase(action)) + " was missed";  // "forgot the feature flag"
        }
        Word verb = action.getFirst();
        String participle = !baseForm && Grammar.isParticiple(verb) ? verb.lower() : Grammar.participle(verb.lower());
        int k = 1;
        if (k < action.size() && Grammar.PARTICLES.contains(action.get(k).lower())) {
            participle += " " + action.get(k).lower();
            k++;
        }
        if (opensClause(action, k)) {
            return "It was " + not + participle + " " + phrase(action.subList(k, action.size()));
        }
        if (k < action.size() && Grammar.isParticiple(action.get(k))) {
            // "failure to escalate left the incident unacknowledged": the sentence's own verb follows
            return "It was " + not + participle;
        }
        int tail = k;
        while (tail < action.size() && !Grammar.TAIL_PREPOSITIONS.contains(action.get(tail).lower())) {
            tail++;
        }
        List<Word> object = action.subList(k, tail);
        String rest = action.subList(tail, action.size()).isEmpty() ? "" : " " + phrase(action.subList(tail, action.size()));
        if (object.isEmpty()) {
            return "It was " + not + participle + rest;
        }
        return capitalise(phrase(object)) + (plural(object.getLast()) ? " were " : " was ") + not + participle + rest;
    }

    /** "that the rollback had completed", "whether the filter was on": a clause, not a thing. */
    private static boolean opensClause(List<Word> words, int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i).lower();
        if (w.equals("whether") || w.equals("how") || w.equals("why")) {
            return true;
        }
        return w.equals("that") && i + 1 < words.size() && (Grammar.isDeterminer(words.get(i + 1))
                || List.of("it", "there", "they", "he", "she", "we", "no").contains(words.get(i + 1).lower()));
    }

    /** What the wording was about ("ignored the alert" → "the alert"), or "the signal" when the sentence does not say. */
    static String object(List<Word> after) {
        List<Word> words = words(after);
        int end = 0;
        while (end < words.size() && !Grammar.TAIL_PREPOSITIONS.contains(words.get(end).lower())) {
            end++;
        }
        return end == 0 ? "the signal" : phrase(words.subList(0, end));
    }

    private static List<Word> words(List<Word> after) {
        return after.stream().filter(w -> !w.punctuation()).toList();
    }

    private static boolean startsNounPhrase(Word w) {
        return Grammar.isDeterminer(w) || Grammar.PERSONAL_POSSESSIVES.contains(w.lower());
    }

    /** The words as written, with a person's "his"/"their" made "the": the rewording is about the thing. */
    private static String phrase(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.add(Grammar.PERSONAL_POSSESSIVES.contains(w.lower()) ? "the" : w.text());
        }
        return String.join(" ", out);
    }

    private static boolean plural(Word head) {
        String w = head.lower();
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
