package dev.vigil.platform.eventstore;

import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.security.Actor;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of a service, read straight from its event store: nothing can change there
 * without an event, so nothing can change without an entry here.
 */
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Filters: each may be null. {@code from} inclusive, {@code to} exclusive. */
    public record Query(String actor, String recordId, Instant from, Instant to) {
    }

    public List<AuditEntry> find(Query query, int page, int size) {
        return jdbc.sql(findSql(query))
                .params(parameters(query))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(this::map)
                .list();
    }

    public long count(Query query) {
        return jdbc.sql("select count(*) from domain_event_entry" + where(query))
                .params(parameters(query))
                .query(Long.class).single();
    }

    /**
     * The statement {@link #find} runs, with named parameters {@code :actor}, {@code :recordId},
     * {@code :from}, {@code :to}, {@code :size}, {@code :offset}: for reading its plan. Each filter is an
     * expression that an index of migration V4 (or the unique key on the aggregate) covers.
     */
    public static String findSql(Query query) {
        return "select global_index, event_identifier, time_stamp, type, aggregate_identifier, sequence_number, "
                + "payload_type, meta_data from domain_event_entry" + where(query)
                + " order by global_index limit :size offset :offset";
    }

    private static String where(Query q) {
        List<String> conditions = new ArrayList<>();
        if (q.actor() != null) {
            // vigil_event_actor(meta_data) is the metadata's actorSubject (VigilMetaData.ACTOR_SUBJECT)
            conditions.add("vigil_event_actor(meta_data) = :actor");
        }
        if (q.recordId() != null) {
            conditions.add("aggregate_identifier = :recordId");
        }
        if (q.from() != null) {
            conditions.add("vigil_event_time(time_stamp) >= :from");
        }
        if (q.to() != null) {
            conditions.add("vigil_event_time(time_stamp) < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(Query q) {
        Map<String, Object> params = new java.util.HashMap<>();
        if (q.actor() != null) {
            params.put("actor", q.actor());
        }
        if (q.recordId() != null) {
            params.put("recordId", q.recordId());
        }
        if (q.from() != null) {
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            params.put("to", Timestamp.from(q.to()));
        }
        return params;
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        byte[] metaBytes = rs.getBytes("meta_data");
        Map<String, Object> meta = metaBytes == null || metaBytes.length == 0
                ? Map.of()
                : json.readValue(metaBytes, new TypeReference<Map<String, Object>>() { });
        MetaData metaData = MetaData.from(meta);
        Actor actor = VigilMetaData.actorOf(metaData);
        String payloadType = rs.getString("payload_type");
        Object correlation = metaData.get(VigilMetaData.CORRELATION_ID);
        return new AuditEntry(
                rs.getLong("global_index"),
                rs.getString("event_identifier"),
                Instant.parse(rs.getString("time_stamp")),
                actor,
                payloadType.substring(payloadType.lastIndexOf('.') + 1),
                rs.getString("type"),
                rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"),
                correlation == null ? null : correlation.toString());
    }
}
