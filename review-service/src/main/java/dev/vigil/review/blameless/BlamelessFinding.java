package dev.vigil.review.blameless;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A sentence that blames a person.
 *
 * @param id         stable across runs for the same section, sentence and rule, so that an
 *                   acknowledgement recorded against it still matches after the next save
 * @param matched    the words that made it a finding, in sentence order: the person, then the wording
 * @param suggestion a rewording that makes the condition or control the subject
 */
public record BlamelessFinding(UUID id, String section, String sentence, List<String> matched, String ruleId,
                               String suggestion) {

    public BlamelessFinding {
        matched = List.copyOf(matched);
    }

    /**
     * Name-based, so nothing has to be stored to find it again. Whitespace is folded so that
     * re-wrapping a paragraph does not orphan an acknowledgement; any other edit of the sentence
     * is a new sentence and needs a new look.
     */
    public static UUID idOf(String section, String sentence, String ruleId) {
        String key = "blameless\n" + section + "\n" + sentence.strip().replaceAll("\\s+", " ") + "\n" + ruleId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
