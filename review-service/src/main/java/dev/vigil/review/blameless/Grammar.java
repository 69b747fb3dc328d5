package dev.vigil.review.blameless;

import java.util.Map;
import java.util.Set;

/**
 * The little English the rules need to find who a wording is about. These are closed word
 * classes of the language, not policy; who counts as a person is in rules.json.
 */
final class Grammar {

    /** Auxiliaries and adverbs that may stand between a subject and its verb: "Carl had simply forgotten". */
    private static final Set<String> FILLERS = Set.of("had", "has", "have", "having", "was", "were", "is", "are",
            "am", "be", "been", "being", "did", "does", "do", "would", "could", "might", "must", "may", "will",
            "shall", "should", "can", "cannot", "also", "just", "still", "again", "simply", "clearly", "apparently",
            "obviously", "evidently", "really", "completely", "totally", "entirely", "repeatedly", "twice", "once",
            "initially", "first", "already", "somehow", "probably", "likely", "actually", "basically",
            "unfortunately", "allegedly", "seemingly", "frankly", "certainly", "definitely", "always", "often",
            "sometimes", "ultimately", "essentially", "later", "personally", "alone", "all", "both", "themselves",
            "himself", "herself", "myself", "ourselves", "yourself", "yourselves", "to",
            // verbs that hand their subject on: "Dana chose to ignore the failing eval"
            "chose", "decided", "opted", "seemed", "appeared", "tended", "happened", "continued", "went", "proceeded",
            "keeps", "kept");
    private static final Set<String> POSSIBILITY = Set.of("can", "could", "may", "might", "cannot", "can't",
            "couldn't");
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "get",
            "gets", "got", "gotten", "getting");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "any", "some", "every", "each", "another", "its", "such");
    /** Before a wording, these turn it round: "not human error", "rather than blaming the on-call". */
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "none", "neither", "nor",
            "without", "rather", "instead", "hardly");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet", "so", "then", "nor");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whom");
    /** Words that open a clause which is not the main one: its first noun is not the sentence's subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "after", "before", "because",
            "although", "though", "if", "since", "as", "until", "once", "whereas", "unless", "who", "which", "that",
            "whom", "whose", "where", "in", "on", "at", "during", "for", "with", "without", "from", "by", "under",
            "over", "within", "despite", "per", "through", "to", "into", "of", "about", "given");
    static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "of", "on");
    /** Where an object ends and the circumstances begin: "check the output | before release". */
    static final Set<String> TAIL_PREPOSITIONS = Set.of("before", "after", "during", "until", "when", "while",
            "because", "in", "on", "at", "for", "since", "despite", "within", "by", "from", "to", "so", "as", "with",
            "without", "under", "once", "although", "though", "if", "even");
    static final Set<String> PARTICLES = Set.of("back", "up", "down", "on", "off", "out", "over");
    static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "their", "my", "your", "our");
    private static final Map<String, String> IRREGULAR_PARTICIPLES = Map.ofEntries(
            Map.entry("run", "run"), Map.entry("rerun", "rerun"), Map.entry("set", "set"), Map.entry("reset", "reset"),
            Map.entry("put", "put"), Map.entry("shut", "shut"), Map.entry("read", "read"), Map.entry("let", "let"),
            Map.entry("send", "sent"), Map.entry("catch", "caught"), Map.entry("write", "written"),
            Map.entry("rewrite", "rewritten"), Map.entry("take", "taken"), Map.entry("give", "given"),
            Map.entry("see", "seen"), Map.entry("do", "done"), Map.entry("redo", "redone"), Map.entry("undo", "undone"),
            Map.entry("make", "made"), Map.entry("build", "built"), Map.entry("rebuild", "rebuilt"),
            Map.entry("keep", "kept"), Map.entry("find", "found"), Map.entry("tell", "told"), Map.entry("bring", "brought"),
            Map.entry("hold", "held"), Map.entry("leave", "left"), Map.entry("begin", "begun"), Map.entry("get", "got"),
            Map.entry("spin", "spun"), Map.entry("show", "shown"), Map.entry("know", "known"), Map.entry("go", "gone"),
            Map.entry("pay", "paid"), Map.entry("lay", "laid"), Map.entry("forget", "forgotten"),
            Map.entry("commit", "committed"), Map.entry("submit", "submitted"), Map.entry("omit", "omitted"),
            Map.entry("admit", "admitted"), Map.entry("permit", "permitted"), Map.entry("hide", "hidden"),
            Map.entry("choose", "chosen"), Map.entry("freeze", "frozen"), Map.entry("withdraw", "withdrawn"),
            Map.entry("feed", "fed"), Map.entry("lead", "led"), Map.entry("meet", "met"), Map.entry("cut", "cut"));
    private static final Set<String> PARTICIPLES = Set.copyOf(IRREGULAR_PARTICIPLES.values());

    private Grammar() {
    }

    static boolean isFiller(Word w) {
        return FILLERS.contains(w.lower());
    }

    /** "can", "could", "may", "might": what the design let happen, not what someone did. */
    static boolean isPossibility(Word w) {
        return POSSIBILITY.contains(w.lower());
    }

    static boolean isBe(Word w) {
        return BE.contains(w.lower());
    }

    static boolean isDeterminer(Word w) {
        return DETERMINERS.contains(w.lower());
    }

    static boolean isNegator(Word w) {
        return NEGATORS.contains(w.lower()) || w.lower().endsWith("n't");
    }

    static boolean isRelative(Word w) {
        return RELATIVES.contains(w.lower());
    }

    /** Punctuation or a conjunction: where a clause ends. */
    static boolean isBoundary(Word w) {
        return w.punctuation() && !w.text().equals(".") || CONJUNCTIONS.contains(w.lower());
    }

    static boolean opensSubordinateClause(Word w) {
        return CLAUSE_OPENERS.contains(w.lower());
    }

    static boolean isParticiple(Word w) {
        return !w.punctuation() && (w.lower().endsWith("ed") || PARTICIPLES.contains(w.lower()));
    }

    /** "check" → "checked", "re-enable" → "re-enabled", "roll" → "rolled", "catch" → "caught". */
    static String participle(String verb) {
        String lower = verb.toLowerCase(java.util.Locale.ROOT);
        int hyphen = lower.lastIndexOf('-');
        String prefix = lower.substring(0, hyphen + 1);
        String stem = lower.substring(hyphen + 1);
        String irregular = IRREGULAR_PARTICIPLES.get(stem);
        if (irregular != null) {
            return prefix + irregular;
        }
        if (stem.endsWith("ed")) {
            return prefix + stem;
        }
        if (stem.endsWith("e")) {
            return prefix + stem + "d";
        }
        if (stem.matches(".*[^aeiou]y")) {
            return prefix + stem.substring(0, stem.length() - 1) + "ied";
        }
        if (stem.matches("[^aeiou]*[aeiou][bdgmnprt]")) {
            return prefix + stem + stem.charAt(stem.length() - 1) + "ed";  // "stop" → "stopped"
        }
        return prefix + stem + "ed";
    }
}
