package dev.vigil.review.blameless;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The blameless-language check: finds the sentences of a review that blame a person (a name, a
 * personal pronoun or a role noun as the one behind blame wording) and suggests a rewording that
 * makes the condition or the control the subject. Pure: the same text gives the same findings,
 * with the same ids.
 */
public final class BlamelessCheck {

    private final BlamelessRules rules;

    public BlamelessCheck(BlamelessRules rules) {
        this.rules = rules;
    }

    /** The check with the rules shipped in {@code blameless/rules.json}. */
    public static BlamelessCheck standard() {
        return new BlamelessCheck(BlamelessRules.standard());
    }

    /**
     * @param sections section name → text, in the order the findings should come back
     * @param people   the display names and subjects of everyone involved, e.g. "Carl Commander", "carl"
     * @return the findings, by section, then sentence, then rule; one per sentence and rule
     */
    public List<BlamelessFinding> check(Map<String, String> sections, Collection<String> people) {
        People known = new People(people, rules);
        Map<UUID, BlamelessFinding> findings = new LinkedHashMap<>();
        sections.forEach((section, text) -> {
            for (Sentences.Sentence sentence : Sentences.of(text)) {
                BlameReader reader = new BlameReader(sentence.read(), known);
                for (BlamelessRule rule : rules.rules()) {
                    finding(section, sentence.text(), rule, reader.hits(rule))
                            .ifPresent(f -> findings.putIfAbsent(f.id(), f));
                }
            }
        });
        return List.copyOf(findings.values());
    }

    /** One section on its own, e.g. for the section just saved. */
    public List<BlamelessFinding> check(String section, String text, Collection<String> people) {
        return check(Map.of(section, text == null ? "" : text), people);
    }

    /** Several hits of one rule in one sentence are one finding: one thing to reword, one id to acknowledge. */
    private static Optional<BlamelessFinding> finding(String section, String sentence, BlamelessRule rule,
                                                      List<BlameReader.Hit> hits) {
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Set<String> matched = new LinkedHashSet<>();
        hits.forEach(h -> matched.addAll(h.matched()));
        return Optional.of(new BlamelessFinding(BlamelessFinding.idOf(section, sentence, rule.id()), section, sentence,
                List.copyOf(matched), rule.id(), Rewording.of(rule.rewording(), hits.getFirst().wording(),
                        hits.getFirst().after())));
    }
}
