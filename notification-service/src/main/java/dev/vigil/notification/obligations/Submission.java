package dev.vigil.notification.obligations;

import java.time.Instant;

/**
 * A stage already submitted: it starts the stages that count from it (NIS2's final report, DORA's
 * intermediate and final reports).
 *
 * @param authorityJurisdiction the jurisdiction of the authority it went to; null matches any
 */
public record Submission(String ruleId, String authorityJurisdiction, String stageId, Instant submittedAt) {
}
