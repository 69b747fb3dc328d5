package dev.vigil.notification.messages;

import dev.vigil.notification.subscriptions.FactKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fact worth a message, as the fan-out reads it: what kind, which incident (null for an exception),
 * its severity, system and category for the filters, the words of the message, and whose reminder it
 * also is ({@code owner}, null when nobody's).
 */
record Fact(FactKind kind, String eventId, String type, Instant time, UUID incidentId, String incidentKey,
            String severity, List<String> systems, String category, boolean restricted, String subject, String text,
            String owner) {
}
