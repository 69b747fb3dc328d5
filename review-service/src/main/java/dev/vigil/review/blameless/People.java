package dev.vigil.review.blameless;

import dev.vigil.review.blameless.BlamelessRule.Subject;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the words of a sentence that point at a person: the names of the people involved, the
 * personal pronouns and the role nouns of the rule set.
 */
final class People {

    /** A person reference: words[from, to) of one kind. */
    record Reference(Subject kind, int from, int to) {
    }

    /** Lower-case single-word names such as the subject "carl": an identifier, matched in any case. */
    private final Set<String> identifiers = new HashSet<>();
    /** Parts of display names such as "Carl Commander": proper nouns, matched only when capitalised. */
    private final Set<String> nameParts = new HashSet<>();
    private final BlamelessRules rules;

    People(Collection<String> names, BlamelessRules rules) {
        this.rules = rules;
        for (String name : names) {
            List<Word> words = Word.of(name).stream().filter(w -> !w.punctuation()).toList();
            if (words.size() == 1 && name.strip().equals(words.getFirst().lower())) {
                identifiers.add(words.getFirst().lower());
            } else {
                // a capital keeps "Will" the person apart from "will" the verb
                words.stream().map(Word::lower).filter(w -> w.length() > 1).forEach(nameParts::add);
            }
        }
    }

    /** The reference that word i belongs to, widened to the whole name or role ("Carl Commander", "on-call engineer"). */
    Optional<Reference> at(List<Word> words, int i) {
        if (i < 0 || i >= words.size()) {
            return Optional.empty();
        }
        Optional<Subject> kind = kindOf(words.get(i));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() == Subject.PRONOUN) {
            return Optional.of(new Reference(Subject.PRONOUN, i, i + 1));
        }
        int from = i;
        int to = i + 1;
        while (from > 0 && !words.get(from - 1).possessive() && kindOf(words.get(from - 1)).equals(kind)) {
            from--;
        }
        while (to < words.size() && !words.get(to - 1).possessive() && kindOf(words.get(to)).equals(kind)) {
            to++;
        }
        return Optional.of(new Reference(kind.get(), from, to));
    }

    private Optional<Subject> kindOf(Word w) {
        if (w.punctuation()) {
            return Optional.empty();
        }
        String base = w.base();
        if (identifiers.contains(base) || w.capitalised() && nameParts.contains(base)) {
            return Optional.of(Subject.NAME);
        }
        if (rules.pronouns().contains(base)) {
            return Optional.of(Subject.PRONOUN);
        }
        if (rules.roleNouns().contains(base) || base.endsWith("s") && rules.roleNouns().contains(
                base.substring(0, base.length() - 1))) {
            return Optional.of(Subject.ROLE);
        }
        return Optional.empty();
    }
}
