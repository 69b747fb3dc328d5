package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident was declared. {@code awareAt} is when the organisation became aware: it starts most
 * regulatory clocks. {@code key} is the human key (e.g. INC-2026-0001), unique per service.
 * {@code exercise} (added 2026-11, optional): the incident is a drill, run through the same workflow;
 * a record without the field is no exercise, so it reads as {@code false}.
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
        Boolean exercise) implements VigilEvent {

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

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
