package dev.vigil.review.blameless;

import java.util.List;
import java.util.Set;

/**
 * One blame pattern, read from {@code blameless/rules.json}: the wording that blames, who must be
 * behind it for the sentence to blame a person, and the rewording offered instead.
 *
 * @param phrases    wording, case-insensitive, whole words; a word ending in {@code *} matches any
 *                   ending ("forgot*" matches "forgot" and "forgotten")
 * @param subjects   the kinds of person reference that make the wording blame; empty when the
 *                   wording names a person by itself ("human error")
 * @param positions  where that person stands relative to the wording
 * @param rewording  the suggestion, with {@code {omission}} (what did not happen, said of the thing)
 *                   and {@code {object}} (what the wording was about) filled from the sentence
 */
public record BlamelessRule(String id, String description, List<String> phrases, Set<Subject> subjects,
                            Set<Position> positions, String rewording) {

    public BlamelessRule {
        phrases = List.copyOf(phrases);
        subjects = Set.copyOf(subjects);
        positions = Set.copyOf(positions);
    }

    /** How a sentence points at a person. */
    public enum Subject {
        /** a participant's or user's name or subject, e.g. "Carl Commander", "carl" */
        NAME,
        /** a personal pronoun, e.g. "he", "we", "someone", "his" */
        PRONOUN,
        /** a role noun, e.g. "the on-call engineer", "the operator" */
        ROLE
    }

    /** Where the person stands relative to the wording. */
    public enum Position {
        /** the one who did it: "Carl forgot", "his fault", "the engineer who neglected" */
        SUBJECT,
        /** named after the wording with by/of/on: "ignored by the on-call", "the fault of Carl" */
        AGENT,
        /** the one the wording is aimed at: "blamed Carl", "a careless engineer", "Carl was blamed" */
        TARGET
    }
}
