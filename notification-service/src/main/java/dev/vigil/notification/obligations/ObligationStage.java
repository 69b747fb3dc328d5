package dev.vigil.notification.obligations;

import java.time.Instant;

/**
 * One stage of an obligation and when it is due.
 *
 * @param dueAt                  the instant it is due; null when immediate or still waiting
 * @param immediate              due now ("immediately", "without undue delay"): no instant is made up
 * @param wording                the text's own words for an immediate stage
 * @param startsFrom             what its clock counts from (a fact, or the submission of a stage)
 * @param startsAt               when that was; null while waiting
 * @param waitingForSubmissionOf the stage whose submission starts this one's clock, until it is submitted
 * @param submittedAt            when this stage was submitted, if it was
 * @param basis                  which limit and which variant gave the deadline, and the reading used
 */
public record ObligationStage(String id, String name, Instant dueAt, boolean immediate, String wording,
                              String startsFrom, Instant startsAt, String waitingForSubmissionOf, Instant submittedAt,
                              String basis) {
}
