package dev.vigil.knownincidents;

import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.NeedToKnow;
import dev.vigil.platform.web.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code known_incident} read model: written by the projection, read by the API. */
public class KnownIncidents {

    private static final Set<String> UPDATABLE = Set.of("severity", "status");

    private final JdbcClient jdbc;

    public KnownIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a declaration; a second copy of the same incident changes nothing. */
    void add(IncidentDeclared e, String declaredBy) {
        jdbc.sql("""
                        insert into known_incident (incident_id, incident_key, title, summary, system_id, model_version,
                            severity, category, detection_source, occurred_at, detected_at, aware_at, jurisdictions,
                            restricted, declared_at, declared_by, participants)
                        values (:id, :key, :title, :summary, :systemId, :modelVersion, :severity, :category,
                            :detectionSource, :occurredAt, :detectedAt, :awareAt, :jurisdictions, :restricted,
                            :declaredAt, :declaredBy, case when cast(:declaredBy as text) is null then '[]'::jsonb
                                else jsonb_build_array(cast(:declaredBy as text)) end)
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

    /** Someone takes part from now on: they may see the incident even when restricted. */
    void join(UUID incident, String subject) {
        jdbc.sql("update known_incident set participants = participants || jsonb_build_array(cast(:subject as text)) "
                        + "where incident_id = :id and not jsonb_exists(participants, :subject)")
                .param("id", incident).param("subject", subject).update();
    }

    void leave(UUID incident, String subject) {
        jdbc.sql("update known_incident set participants = participants - cast(:subject as text) where incident_id = :id")
                .param("id", incident).param("subject", subject).update();
    }

    /** Follows a change of severity or status. */
    void set(UUID incident, String column, String value) {
        if (!UPDATABLE.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.sql("update known_incident set " + column + " = :value where incident_id = :id")
                .param("id", incident).param("value", value).update();
    }

    public List<KnownIncident> list(Actor viewer, int page, int size) {
        return jdbc.sql("select * from known_incident where" + NeedToKnow.SQL
                        + "order by declared_at desc, incident_key desc limit :size offset :offset")
                .params(NeedToKnow.parameters(viewer))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(KnownIncidents::map)
                .list();
    }

    public long count(Actor viewer) {
        return jdbc.sql("select count(*) from known_incident where" + NeedToKnow.SQL)
                .params(NeedToKnow.parameters(viewer))
                .query(Long.class).single();
    }

    /** One incident by id or human key, if the viewer may know it exists. */
    public Optional<KnownIncident> find(Actor viewer, String idOrKey) {
        Optional<UUID> id = Ids.uuid(idOrKey);
        return jdbc.sql("select * from known_incident where " + (id.isPresent() ? "incident_id = :id" : "incident_key = :key")
                        + " and" + NeedToKnow.SQL)
                .param("id", id.orElse(null))
                .param("key", idOrKey)
                .params(NeedToKnow.parameters(viewer))
                .query(KnownIncidents::map)
                .optional();
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
                rs.getString("status"),
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
