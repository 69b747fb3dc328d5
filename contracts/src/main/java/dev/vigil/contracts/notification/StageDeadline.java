package dev.vigil.contracts.notification;

import java.time.Instant;

/**
 * One stage of an obligation (early warning, notification, report, ...) and when it is due.
 *
 * @param dueAt     the deadline; null when the stage is due now ({@code immediate}) or still waits
 *                  for another stage's submission
 * @param immediate "without undue delay" or "immediately": due now, with no made-up instant
 */
public record StageDeadline(String stageId, String name, Instant dueAt, boolean immediate) {
}
