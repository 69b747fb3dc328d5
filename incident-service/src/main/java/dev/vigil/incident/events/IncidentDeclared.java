package dev.vigil.incident.events;

import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.Severity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident was declared. {@code awareAt} is when the organisation became aware: it starts most
 * regulatory clocks. {@code key} is the human key (e.g. INC-2026-0001), unique per service.
 * {@code exercise} marks a drill: it runs the same workflow, and reports count it apart. Events
 * recorded before the flag existed have no such field and read as {@code false}.
 */
public record IncidentDeclared(
        UUID incidentId,
        String key,
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
        boolean restricted,
        Instant declaredAt,
        Boolean exercise) {

    public IncidentDeclared {
        jurisdictions = List.copyOf(jurisdictions);
        exercise = Boolean.TRUE.equals(exercise);
    }

    /** A declaration that is no exercise. */
    public IncidentDeclared(UUID incidentId, String key, String title, String summary, String systemId,
                            String modelVersion, Severity severity, HazardCategory category,
                            DetectionSource detectionSource, Instant occurredAt, Instant detectedAt, Instant awareAt,
                            List<String> jurisdictions, boolean restricted, Instant declaredAt) {
        this(incidentId, key, title, summary, systemId, modelVersion, severity, category, detectionSource, occurredAt,
                detectedAt, awareAt, jurisdictions, restricted, declaredAt, false);
    }
}
