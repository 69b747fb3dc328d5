package dev.vigil.incident.declaration;

import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.Severity;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/incidents}. It has no id, key, actor or declaration time: the
 * server owns those, and a body that sends them is refused as having unknown fields.
 */
record DeclareIncidentRequest(
        String title,
        String summary,
        String systemId,
        String modelVersion,
        Severity severity,
        HazardCategory category,
        DetectionSource detectionSource,
        Instant occurredAt,
        Instant detectedAt,
        Instant awareAt,
        List<String> jurisdictions,
        Boolean restricted,
        Boolean exercise) {
}
