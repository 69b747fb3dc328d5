package dev.vigil.incident.query;

import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.platform.messaging.VigilMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keeps {@code incident_view} in step with the incident events. It runs in a subscribing processor,
 * inside the transaction that appends the event: a declaration is readable the moment it is
 * acknowledged, and a failed update fails the command rather than leaving the view behind.
 */
@Component
@ProcessingGroup(IncidentProjection.GROUP)
class IncidentProjection {

    static final String GROUP = "incident-views";

    private final JdbcClient jdbc;

    IncidentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IncidentDeclared e, @SequenceNumber long sequence,
            @MetaDataValue(VigilMetaData.ACTOR_SUBJECT) String actor) {
        jdbc.sql("""
                        insert into incident_view (incident_id, incident_key, title, summary, system_id, model_version,
                            severity, category, detection_source, status, occurred_at, detected_at, aware_at,
                            jurisdictions, restricted, declared_at, declared_by, version)
                        values (:id, :key, :title, :summary, :systemId, :modelVersion, :severity, :category,
                            :detectionSource, 'DECLARED', :occurredAt, :detectedAt, :awareAt, :jurisdictions,
                            :restricted, :declaredAt, :declaredBy, :version)
                        on conflict (incident_id) do nothing""")
                .param("id", e.incidentId())
                .param("key", e.key())
                .param("title", e.title())
                .param("summary", e.summary())
                .param("systemId", e.systemId())
                .param("modelVersion", e.modelVersion())
                .param("severity", e.severity().name())
                .param("category", e.category().name())
                .param("detectionSource", e.detectionSource().name())
                .param("occurredAt", ts(e.occurredAt()))
                .param("detectedAt", ts(e.detectedAt()))
                .param("awareAt", ts(e.awareAt()))
                .param("jurisdictions", String.join(",", e.jurisdictions()))
                .param("restricted", e.restricted())
                .param("declaredAt", ts(e.declaredAt()))
                .param("declaredBy", actor)
                .param("version", sequence)
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
