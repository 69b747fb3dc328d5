package dev.vigil.platform.incidents;

import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.IncidentVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code known_incident} read model: written by the projection, read by the API. */
public class KnownIncidents {

    private static final String VISIBLE = " (not restricted or declared_by = :subject or :seesAll) ";

    private final JdbcClient jdbc;

    public KnownIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a declaration; a second copy of the same incident changes nothing. */
    void add(IncidentDeclared e, String declaredBy) {
        jdbc.sql("""
                        insert into known_incident (incident_id, incident_key, title, summary, system_id, model_version,
                            severity, category, detection_source, occurred_at, detected_at, aware_at, jurisdictions,
                            restricted, declared_at, declared_by)
                        values (:id, :key, :title, :summary, :systemId, :modelVersion, :severity, :category,
                            :detectionSource, :occurredAt, :detectedAt, :awareAt, :jurisdictions, :restricted,
                            :declaredAt, :declaredBy)
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
                .param("occurredAt", timestamp(e.occurredAt()))
                .param("detectedAt", timestamp(e.detectedAt()))
                .param("awareAt", timestamp(e.awareAt()))
                .param("jurisdictions", String.join(",", e.jurisdictions()))
                .param("restricted", e.restricted())
                .param("declaredAt", timestamp(e.declaredAt()))
                .param("declaredBy", declaredBy)
                .update();
    }

    public List<KnownIncident> list(Actor viewer, int page, int size) {
        return jdbc.sql("select * from known_incident where" + VISIBLE
                        + "order by declared_at desc, incident_key desc limit :size offset :offset")
                .param("subject", viewer.subject())
                .param("seesAll", IncidentVisibility.seesAll(viewer))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(KnownIncidents::map)
                .list();
    }

    public long count(Actor viewer) {
        return jdbc.sql("select count(*) from known_incident where" + VISIBLE)
                .param("subject", viewer.subject())
                .param("seesAll", IncidentVisibility.seesAll(viewer))
                .query(Long.class).single();
    }

    /** One incident by id or human key, if the viewer may know it exists. */
    public Optional<KnownIncident> find(Actor viewer, String idOrKey) {
        Optional<UUID> id = parseUuid(idOrKey);
        return jdbc.sql("select * from known_incident where " + (id.isPresent() ? "incident_id = :id" : "incident_key = :key")
                        + " and" + VISIBLE)
                .param("id", id.orElse(null))
                .param("key", idOrKey)
                .param("subject", viewer.subject())
                .param("seesAll", IncidentVisibility.seesAll(viewer))
                .query(KnownIncidents::map)
                .optional();
    }

    private static Optional<UUID> parseUuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static KnownIncident map(ResultSet rs, int row) throws SQLException {
        String jurisdictions = rs.getString("jurisdictions");
        return new KnownIncident(
                rs.getObject("incident_id", UUID.class),
                rs.getString("incident_key"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("system_id"),
                rs.getString("model_version"),
                rs.getString("severity"),
                rs.getString("category"),
                rs.getString("detection_source"),
                instant(rs.getTimestamp("occurred_at")),
                instant(rs.getTimestamp("detected_at")),
                instant(rs.getTimestamp("aware_at")),
                jurisdictions == null || jurisdictions.isEmpty() ? List.of() : Arrays.asList(jurisdictions.split(",")),
                rs.getBoolean("restricted"),
                instant(rs.getTimestamp("declared_at")),
                rs.getString("declared_by"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
