package dev.vigil.incident.query;

import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.IncidentVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the {@code incident_view} table, showing restricted incidents only to those entitled. */
@Repository
public class IncidentViews {

    private static final String VISIBLE = " (not restricted or declared_by = :subject or :seesAll) ";

    private final JdbcClient jdbc;

    IncidentViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IncidentView> list(Actor viewer, int page, int size) {
        return jdbc.sql("select * from incident_view where" + VISIBLE
                        + "order by declared_at desc, incident_key desc limit :size offset :offset")
                .param("subject", viewer.subject())
                .param("seesAll", IncidentVisibility.seesAll(viewer))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(IncidentViews::map)
                .list();
    }

    public long count(Actor viewer) {
        return jdbc.sql("select count(*) from incident_view where" + VISIBLE)
                .param("subject", viewer.subject())
                .param("seesAll", IncidentVisibility.seesAll(viewer))
                .query(Long.class).single();
    }

    /** By UUID or human key (INC-2026-0001). */
    public Optional<IncidentView> find(Actor viewer, String idOrKey) {
        UUID id = uuidOrNull(idOrKey);
        return jdbc.sql("select * from incident_view where " + (id != null ? "incident_id = :id" : "incident_key = :key")
                        + " and" + VISIBLE)
                .param("id", id)
                .param("key", idOrKey)
                .param("subject", viewer.subject())
                .param("seesAll", IncidentVisibility.seesAll(viewer))
                .query(IncidentViews::map)
                .optional();
    }

    private static UUID uuidOrNull(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IncidentView map(ResultSet rs, int row) throws SQLException {
        String jurisdictions = rs.getString("jurisdictions");
        return new IncidentView(
                rs.getObject("incident_id", UUID.class),
                rs.getString("incident_key"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("system_id"),
                rs.getString("model_version"),
                rs.getString("severity"),
                rs.getString("category"),
                rs.getString("detection_source"),
                rs.getString("status"),
                toInstant(rs.getTimestamp("occurred_at")),
                toInstant(rs.getTimestamp("detected_at")),
                toInstant(rs.getTimestamp("aware_at")),
                jurisdictions.isEmpty() ? List.of() : Arrays.asList(jurisdictions.split(",")),
                rs.getBoolean("restricted"),
                toInstant(rs.getTimestamp("declared_at")),
                rs.getString("declared_by"),
                rs.getLong("version"));
    }

    private static java.time.Instant toInstant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
