package dev.vigil.knownincidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a service other than incident-service knows of an incident, from the incident topic. */
public record KnownIncident(
        UUID id,
        String key,
        String title,
        String summary,
        String systemId,
        String modelVersion,
        String severity,
        String status,
        String category,
        String detectionSource,
        Instant occurredAt,
        Instant detectedAt,
        Instant awareAt,
        List<String> jurisdictions,
        boolean restricted,
        Instant declaredAt,
        String declaredBy) {
}
