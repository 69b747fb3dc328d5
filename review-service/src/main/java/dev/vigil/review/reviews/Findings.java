package dev.vigil.review.reviews;

import dev.vigil.review.blameless.BlamelessCheck;
import dev.vigil.review.blameless.BlamelessFinding;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The blameless check over a whole review: its sections in reading order, then each contributing factor's
 * description (as {@code contributing-factors/<factorId>}). Pure, so the aggregate deciding a submission and
 * the view showing the findings always agree.
 */
public final class Findings {

    static final BlamelessCheck CHECK = BlamelessCheck.standard();
    static final String FACTOR_PREFIX = "contributing-factors/";

    private Findings() {
    }

    public static List<BlamelessFinding> of(Map<String, String> sections, Map<UUID, String> factors,
                                            Collection<String> people) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            String text = sections.get(section.key());
            if (text != null && !text.isBlank()) {
                texts.put(section.key(), text);
            }
        }
        factors.forEach((id, description) -> texts.put(FACTOR_PREFIX + id, description));
        return CHECK.check(texts, people);
    }
}
