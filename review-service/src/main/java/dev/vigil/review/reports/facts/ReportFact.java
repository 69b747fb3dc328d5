package dev.vigil.review.reports.facts;

import java.time.Instant;

/**
 * One fact a committee report is cut from: a published event of any of the four topics (or one of
 * review-service's own recorded contributing-factor events), with its id and the instant it was recorded.
 *
 * @param type     the CloudEvents type (e.g. {@code vigil.incident.IncidentDeclared.v1}) or, for review-service's
 *                 own recorded events, {@code review-service.<SimpleName>}
 * @param sequence the aggregate sequence number, when known (orders facts recorded at the same instant)
 * @param event    the payload as its published record (or recorded event)
 */
public record ReportFact(String eventId, String type, String subject, Long sequence, Instant recordedAt, Object event) {
}
