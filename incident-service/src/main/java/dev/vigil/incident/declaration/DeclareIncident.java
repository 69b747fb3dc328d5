package dev.vigil.incident.declaration;

import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.Severity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Declare a new incident (or an exercise: a drill run through the same workflow). The id is chosen by the server; the human key is allocated on acceptance. */
public record DeclareIncident(
        UUID incidentId,
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

    /** A declaration that says nothing of being an exercise (so it is none). */
    public DeclareIncident(UUID incidentId, String title, String summary, String systemId, String modelVersion,
                           Severity severity, HazardCategory category, DetectionSource detectionSource,
                           Instant occurredAt, Instant detectedAt, Instant awareAt, List<String> jurisdictions,
                           Boolean restricted) {
        this(incidentId, title, summary, systemId, modelVersion, severity, category, detectionSource, occurredAt,
                detectedAt, awareAt, jurisdictions, restricted, null);
    }
}
