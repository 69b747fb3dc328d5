package dev.vigil.incident.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident's current state, as commanders and responders read it. */
public record IncidentView(
        UUID id,
        String key,
        String title,
        String summary,
        String systemId,
        String modelVersion,
        String severity,
        String category,
        String detectionSource,
        String status,
        Instant occurredAt,
        Instant detectedAt,
        Instant awareAt,
        List<String> jurisdictions,
        boolean restricted,
        Instant declaredAt,
        String declaredBy,
        long version) {
}
