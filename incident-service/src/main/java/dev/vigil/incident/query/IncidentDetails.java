package dev.vigil.incident.query;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An incident as commanders read it: its record, who runs it, what was decided and said, and how
 * its assessments and severity changed. Built only by {@link IncidentHistory} from the events, for
 * now or for any past instant.
 */
public class IncidentDetails {

    public UUID id;
    public String key;
    public String title;
    public String summary;
    public String systemId;
    public String modelVersion;
    public Severity severity;
    public HazardCategory category;
    public DetectionSource detectionSource;
    public IncidentStatus status;
    public Instant occurredAt;
    public Instant detectedAt;
    public Instant awareAt;
    public List<String> jurisdictions = new ArrayList<>();
    public boolean restricted;
    public Instant declaredAt;
    public Person declaredBy;
    public Person commander;
    public Map<IncidentRole, Person> roles = new EnumMap<>(IncidentRole.class);
    public List<Person> participants = new ArrayList<>();
    /** The current impact assessment; {@link #previousImpacts} holds the revisions before it. */
    public ImpactRevision impact;
    public List<ImpactRevision> previousImpacts = new ArrayList<>();
    public List<SeverityChange> severityHistory = new ArrayList<>();
    public List<Decision> decisions = new ArrayList<>();
    public List<StatusUpdate> updates = new ArrayList<>();
    public int notes;
    public ResponseTimes times = new ResponseTimes();
    public UUID publishedReviewId;
    /** Sequence number of the incident's last event: the ETag, and what If-Match must name. */
    public long version;
    public Instant lastChangedAt;

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
    public static class ResponseTimes {
        public Instant acknowledgedAt;
        public Instant containedAt;
        public Instant resolvedAt;
        public Instant closedAt;
        public Long timeToAcknowledgeSeconds;
        public Long timeToContainSeconds;
        public Long timeToResolveSeconds;
    }
}
