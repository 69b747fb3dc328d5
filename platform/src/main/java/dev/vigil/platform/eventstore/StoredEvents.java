package dev.vigil.platform.eventstore;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions about the event store that Axon's {@code EventStore} does not answer cheaply: which
 * aggregates exist and how far each has got. The one place outside Axon that reads its tables, so
 * that a change of storage engine touches this class only.
 */
public class StoredEvents {

    private final JdbcClient jdbc;

    public StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an aggregate of this type and id has any event. */
    public boolean exists(String aggregateType, String aggregateId) {
        return jdbc.sql("select exists (select 1 from domain_event_entry where type = :type "
                        + "and aggregate_identifier = :id and sequence_number = 0)")
                .param("type", aggregateType).param("id", aggregateId).query(Boolean.class).single();
    }

    /** Those of the given ids that name an aggregate of this type. */
    public Set<String> existing(String aggregateType, Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select aggregate_identifier from domain_event_entry where type = :type "
                        + "and sequence_number = 0 and aggregate_identifier in (:ids)")
                .param("type", aggregateType).param("ids", List.copyOf(aggregateIds))
                .query(String.class).list());
    }

    /** Every aggregate of this type with the sequence number of its last event. */
    public Map<String, Long> lastSequences(String aggregateType) {
        Map<String, Long> last = new HashMap<>();
        jdbc.sql("select aggregate_identifier, max(sequence_number) from domain_event_entry where type = :type "
                        + "group by aggregate_identifier")
                .param("type", aggregateType)
                .query(rs -> {
                    last.put(rs.getString(1), rs.getLong(2));
                });
        return last;
    }

    /** How many events the store holds. */
    public long count() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
