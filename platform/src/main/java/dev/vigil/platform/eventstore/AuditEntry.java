package dev.vigil.platform.eventstore;

import dev.vigil.platform.security.Actor;

import java.time.Instant;

/**
 * One fact from the event store, as an auditor reads it: who did what, when, to which record.
 *
 * @param position   the event's position in the store (global index): entries are in this order
 * @param action     the event, e.g. {@code IncidentDeclared}
 * @param recordType the kind of record (the aggregate type), e.g. {@code Incident}
 * @param recordId   the record's id
 * @param sequence   the event's position within its record
 */
public record AuditEntry(
        long position,
        String eventId,
        Instant time,
        Actor actor,
        String action,
        String recordType,
        String recordId,
        long sequence,
        String correlationId) {
}
