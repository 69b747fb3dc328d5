package dev.vigil.incident.details;

import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.systems.SystemOnRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An incident as commanders read it: its record, who runs it, what was decided and said, and how
 * its assessments and severity changed. Immutable; built only by {@link IncidentHistory} from the
 * events, for now or for any past instant.
 *
 * @param impact  the current impact assessment; {@code previousImpacts} holds the revisions before it
 * @param version sequence number of the incident's last event: the ETag, and what If-Match must name
 * @param exercise whether the incident is a drill (declared as an exercise): same workflow, reported apart
 * @param system  what the inventory says of the incident's AI system, added when the incident is read
 *                (null in the stored view, which holds only what the incident's events say)
 */
public record IncidentDetails(
        UUID id,
        String key,
        String title,
        String summary,
        String systemId,
        String modelVersion,
        Severity severity,
        HazardCategory category,
        DetectionSource detectionSource,
        IncidentStatus status,
        Instant occurredAt,
        Instant detectedAt,
        Instant awareAt,
        List<String> jurisdictions,
        boolean restricted,
        boolean exercise,
        Instant declaredAt,
        Person declaredBy,
        Person commander,
        Map<IncidentRole, Person> roles,
        List<Person> participants,
        ImpactRevision impact,
        List<ImpactRevision> previousImpacts,
        List<SeverityChange> severityHistory,
        List<Decision> decisions,
        List<StatusUpdate> updates,
        int notes,
        ResponseTimes times,
        UUID publishedReviewId,
        long version,
        Instant lastChangedAt,
        SystemOnRecord system) {

    public IncidentDetails {
        jurisdictions = List.copyOf(jurisdictions);
        roles = Map.copyOf(roles);
        participants = List.copyOf(participants);
        previousImpacts = List.copyOf(previousImpacts);
        severityHistory = List.copyOf(severityHistory);
        decisions = List.copyOf(decisions);
        updates = List.copyOf(updates);
    }

    /** The same incident, with what the inventory says of its system. */
    public IncidentDetails withSystem(SystemOnRecord onRecord) {
        return new IncidentDetails(id, key, title, summary, systemId, modelVersion, severity, category, detectionSource,
                status, occurredAt, detectedAt, awareAt, jurisdictions, restricted, exercise, declaredAt, declaredBy, commander, roles,
                participants, impact, previousImpacts, severityHistory, decisions, updates, notes, times,
                publishedReviewId, version, lastChangedAt, onRecord);
    }

    public record ImpactRevision(int revision, ImpactAssessment assessment, String reason, Instant assessedAt,
                                 Person assessedBy) {
    }

    public record SeverityChange(Severity from, Severity to, String reason, Instant changedAt, Person changedBy) {
    }

    public record Decision(UUID id, DecisionKind kind, String decision, String rationale, List<String> alternatives,
                           Person decidedBy, KillSwitchScope killSwitchScope, String killSwitchTarget,
                           String rollbackToModelVersion, boolean reversible, Instant decidedAt) {
    }

    public record StatusUpdate(UUID id, Audience audience, String text, Instant postedAt, Person postedBy) {
    }

    /** When the response reached each milestone, and how long after declaration (in seconds). */
    public record ResponseTimes(Instant acknowledgedAt, Instant containedAt, Instant resolvedAt, Instant closedAt,
                                Long timeToAcknowledgeSeconds, Long timeToContainSeconds, Long timeToResolveSeconds) {

        static final ResponseTimes NONE = new ResponseTimes(null, null, null, null, null, null, null);
    }
}
