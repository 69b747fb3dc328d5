package dev.vigil.notification.events;

import java.time.Instant;
import java.util.List;

/**
 * An obligation as the rules computed it at one moment: the rule, the authority, the stages with
 * their deadlines, and why it applies (each condition and what the facts say).
 *
 * @param key the engine's stable key (rule and authority jurisdiction): the same obligation across recomputations
 */
public record ObligationTerms(String key, String ruleId, String regime, String title, String citation,
                              String ruleVersion, String authorityJurisdiction, String authorityName,
                              String authorityZone, boolean authorityConfigured, String clockStartFact,
                              Instant clockStartedAt, List<Stage> stages, List<Reason> explanation) {

    public ObligationTerms {
        stages = List.copyOf(stages);
        explanation = List.copyOf(explanation);
    }

    /** One stage and when it is due; {@code dueAt} null when immediate or still waiting for another stage. */
    public record Stage(String id, String name, Instant dueAt, boolean immediate, String wording, String startsFrom,
                        Instant startsAt, String waitingFor, Instant submittedAt, String basis) {
    }

    /** One line of the explanation: a condition, its verdict (MET, NOT_MET, UNKNOWN) and why. */
    public record Reason(String condition, String verdict, String because) {
    }
}
