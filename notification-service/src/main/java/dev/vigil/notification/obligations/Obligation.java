package dev.vigil.notification.obligations;

import java.time.Instant;
import java.util.List;

/**
 * A notification the organisation owes an authority for one incident, with its stages and the
 * explanation of why: each condition of the rule and the facts that met it.
 *
 * @param authorityConfigured whether the authority came from the organisation profile rather than
 *                            the catalogue's default
 * @param clockStartedAt      when the rule's clock started, and {@code clockStartFact} from what
 */
public record Obligation(String ruleId, Regime regime, String title, String citation, String ruleVersion,
                         CompetentAuthority authority, boolean authorityConfigured, Fact clockStartFact,
                         Instant clockStartedAt, List<ObligationStage> stages, List<Finding> explanation) {

    public Obligation {
        stages = List.copyOf(stages);
        explanation = List.copyOf(explanation);
    }

    /** Stable for a rule and an authority, so that a recomputation revises the same obligation. */
    public String key() {
        return ruleId + "@" + authority.jurisdiction();
    }
}
