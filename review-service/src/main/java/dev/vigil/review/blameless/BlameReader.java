package dev.vigil.review.blameless;

import dev.vigil.review.blameless.BlamelessRule.Position;
import dev.vigil.review.blameless.People.Reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one sentence against one rule: where its wording appears and whether a person stands
 * where the rule needs one. Who did it is found the way a reader finds it without a parser: the
 * nearest word to the left of the verb, past auxiliaries and adverbs ("Carl had simply
 * forgotten"), is the head of the subject; a thing there ("the alert threshold failed to fire")
 * makes it a sentence about a condition.
 */
final class BlameReader {

    /** One place where the rule's wording blames a person; {@code after} is what the wording was about. */
    record Hit(List<String> matched, String wording, List<Word> after) {
    }

    private final List<Word> words;
    private final People people;

    BlameReader(String sentence, People people) {
        this.words = Word.of(sentence);
        this.people = people;
    }

    List<Hit> hits(BlamelessRule rule) {
        List<List<String>> phrases = rule.phrases().stream()
                .map(p -> List.of(p.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+")))
                .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
                .toList();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int end = longestMatch(phrases, i);
            if (end < 0) {
                continue;
            }
            if (!negated(i)) {
                hit(rule, i, end).ifPresent(hits::add);
            }
            i = end - 1;
        }
        return hits;
    }

    private Optional<Hit> hit(BlamelessRule rule, int start, int end) {
        String wording = Word.join(words.subList(start, end));
        if (rule.subjects().isEmpty()) {
            return Optional.of(new Hit(List.of(wording), wording, clauseAfter(end)));
        }
        return person(rule, start, end).filter(p -> rule.subjects().contains(p.kind())).map(p -> {
            String who = Word.join(words.subList(p.from(), p.to()));
            return new Hit(p.from() < start ? List.of(who, wording) : List.of(wording, who), wording, clauseAfter(end));
        });
    }

    private int longestMatch(List<List<String>> phrases, int i) {
        for (List<String> phrase : phrases) {
            if (i + phrase.size() > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                all = words.get(i + k).matches(phrase.get(k));
            }
            if (all) {
                return i + phrase.size();
            }
        }
        return -1;
    }

    /** "not human error", "nobody was at fault", "rather than blaming the on-call": a few words back, same clause. */
    private boolean negated(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3 && !Grammar.isBoundary(words.get(j)); j--) {
            if (Grammar.isNegator(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Reference> person(BlamelessRule rule, int start, int end) {
        boolean passive = passive(start, end);
        if (!passive && rule.positions().contains(Position.SUBJECT)
                || passive && rule.positions().contains(Position.TARGET)) {
            Optional<Reference> subject = subjectBefore(start);
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (rule.positions().contains(Position.AGENT)) {
            Optional<Reference> agent = agentAfter(end);
            if (agent.isPresent()) {
                return agent;
            }
        }
        return rule.positions().contains(Position.TARGET) ? nounPhraseAt(skipping(end)) : Optional.empty();
    }

    /**
     * In a passive the subject is the one it happened to, not the one who did it: "Carl was
     * ignored", "the on-call should have been paged".
     */
    private boolean passive(int start, int end) {
        int after = end;
        while (after < words.size() && Grammar.isFiller(words.get(after)) && !Grammar.isBe(words.get(after))) {
            after++;
        }
        if (after + 1 < words.size() && Grammar.isBe(words.get(after)) && Grammar.isParticiple(words.get(after + 1))) {
            return true;
        }
        int before = start - 1;
        while (before >= 0 && Grammar.isFiller(words.get(before)) && !Grammar.isBe(words.get(before))
                && !words.get(before).lower().startsWith("ha")) {
            before--;
        }
        return before >= 0 && Grammar.isBe(words.get(before)) && Grammar.isParticiple(words.get(end - 1));
    }

    private Optional<Reference> subjectBefore(int start) {
        int j = start - 1;
        while (j >= 0 && (Grammar.isFiller(words.get(j)) || Grammar.isNegator(words.get(j)))
                && people.at(words, j).isEmpty()) {
            if (Grammar.isPossibility(words.get(j))) {
                return Optional.empty();  // "users can ignore the banner" describes what the design allows
            }
            j--;
        }
        if (j < 0) {
            return Optional.empty();
        }
        Word w = words.get(j);
        Optional<Reference> here = people.at(words, j);
        if (here.isPresent()) {
            return here;
        }
        if (Grammar.isRelative(w)) {
            // "the engineer who forgot", "the filter that failed to fire": the antecedent decides
            int k = j - 1;
            while (k >= 0 && words.get(k).punctuation()) {
                k--;
            }
            return people.at(words, k);
        }
        return Grammar.isBoundary(w) ? elidedSubject(j) : Optional.empty();
    }

    /**
     * "Carl checked the logs and forgot to page": the verb shares the subject of the clause before.
     * Clauses that open with a subordinator or a preposition are passed over ("Carl, who was on
     * call, failed to"), as are clauses that open with a verb, which share a subject themselves.
     */
    private Optional<Reference> elidedSubject(int boundary) {
        int b = boundary;
        while (b >= 0) {
            int last = b - 1;
            int first = last;
            while (first >= 0 && !Grammar.isBoundary(words.get(first))) {
                first--;
            }
            first++;
            b = first - 1;
            if (first > last) {
                continue;
            }
            Word opener = words.get(first);
            if (Grammar.opensSubordinateClause(opener) || opener.lower().endsWith("ed") || opener.lower().endsWith("ing")) {
                continue;
            }
            int k = first;
            while (k <= last && (Grammar.isDeterminer(words.get(k))
                    || Grammar.PERSONAL_POSSESSIVES.contains(words.get(k).lower()) && k < last)) {
                k++;
            }
            for (int t = k; t <= Math.min(k + 1, last); t++) {
                Optional<Reference> ref = people.at(words, t);
                if (ref.isPresent()) {
                    return ref;
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "ignored by the on-call", "the fault of Carl", "sloppy work by the contractor". */
    private Optional<Reference> agentAfter(int end) {
        if (Grammar.AGENT_PREPOSITIONS.contains(words.get(end - 1).lower())) {
            return nounPhraseAt(skipping(end));  // the wording ends in its preposition: "blame on"
        }
        int k = end;
        if (k < words.size() && !Grammar.AGENT_PREPOSITIONS.contains(words.get(k).lower())
                && !Grammar.isBoundary(words.get(k))) {
            k++;
        }
        if (k < words.size() && Grammar.AGENT_PREPOSITIONS.contains(words.get(k).lower())) {
            return nounPhraseAt(skipping(k + 1));
        }
        return Optional.empty();
    }

    private int skipping(int k) {
        while (k < words.size() && (Grammar.isDeterminer(words.get(k)) || Grammar.isFiller(words.get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * A person as the head of the noun phrase at k, allowing one modifier before it ("the overnight
     * on-call") but not after it: in "the operator dashboard" the head is a thing.
     */
    private Optional<Reference> nounPhraseAt(int k) {
        for (int t = k; t <= k + 1 && t < words.size() && !Grammar.isBoundary(words.get(t)); t++) {
            Optional<Reference> ref = people.at(words, t).filter(r -> endsNounPhrase(r.to() - 1));
            if (ref.isPresent()) {
                return ref;
            }
        }
        return Optional.empty();
    }

    /** Whether word i is the last of its noun phrase: what follows is a verb, a preposition or the end. */
    private boolean endsNounPhrase(int i) {
        if (words.get(i).possessive()) {
            return false;
        }
        if (i + 1 >= words.size()) {
            return true;
        }
        Word next = words.get(i + 1);
        return next.punctuation() || Grammar.isBoundary(next) || Grammar.isFiller(next) || Grammar.isNegator(next)
                || Grammar.isParticiple(next) || Grammar.opensSubordinateClause(next)
                || Grammar.TAIL_PREPOSITIONS.contains(next.lower());
    }

    /** The words after the wording up to the end of its clause: what was not done, or what was passed over. */
    private List<Word> clauseAfter(int end) {
        int to = end;
        while (to < words.size() && !Grammar.isBoundary(words.get(to)) && !words.get(to).text().equals(".")) {
            to++;
        }
        return words.subList(end, to);
    }
}
