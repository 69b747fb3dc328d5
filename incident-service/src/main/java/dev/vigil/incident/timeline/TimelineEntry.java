package dev.vigil.incident.timeline;

import java.time.Instant;

/**
 * One line of an incident's IR timeline.
 *
 * @param id        the event id: unique, and what a live stream resumes after (Last-Event-ID)
 * @param source    the service that recorded it ({@code incident-service}, {@code review-service}, ...)
 * @param type      the event, e.g. {@code SeverityChanged}
 * @param actor     subject of who did it
 * @param actorName their name
 * @param line      the fact in words
 */
public record TimelineEntry(String id, Instant time, String source, String type, String actor, String actorName,
                            String line) {
}
