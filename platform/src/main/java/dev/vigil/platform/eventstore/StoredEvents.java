package dev.vigil.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Questions about the event store that Axon's {@code EventStore} does not answer cheaply: which
 * aggregates exist, how far each has got, and all events of one aggregate type in one pass. The one
 * place outside Axon that reads its tables, so that a change of storage engine touches this class only.
 */
public class StoredEvents {

    /** Rows fetched per round trip, and deserialised together, when reading many events. */
    private static final int PAGE = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;

    public StoredEvents(JdbcClient jdbc, JdbcTemplate statements) {
        this.jdbc = jdbc;
        this.statements = statements;
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

    /**
     * Every event of one aggregate type in the order stored, deserialised through the upcasters as Axon
     * reads them, rows of that type only: a rebuild of one projection need not read the other
     * aggregates' events, nor pay for an entity per row. The action is called on the caller's thread,
     * one event after the other.
     */
    public void forEachOfType(String aggregateType, Serializer serializer, EventUpcaster upcasters,
                              Consumer<DomainEventMessage<?>> action) {
        // one query, streamed (PostgreSQL streams a result only inside a transaction and with a fetch size), so
        // the database reads the table once as a plain read of it would
        statements.execute((ConnectionCallback<Void>) connection -> {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select type, aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
                        payload_revision, payload, meta_data
                    from domain_event_entry where type = ? order by global_index""")) {
                select.setFetchSize(PAGE);
                select.setString(1, aggregateType);
                try (ResultSet row = select.executeQuery()) {
                    List<StoredRow> page = new ArrayList<>(PAGE);
                    while (row.next()) {
                        page.add(new StoredRow(row.getString(1), row.getString(2), row.getLong(3),
                                row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                                row.getBytes(8), row.getBytes(9)));
                        if (page.size() == PAGE) {
                            deliver(List.copyOf(page), serializer, upcasters, action);
                            page.clear();
                        }
                    }
                    deliver(page, serializer, upcasters, action);
                }
            } finally {
                if (ownTransaction) {
                    connection.rollback(); // it only read
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private static void deliver(List<StoredRow> page, Serializer serializer,
                                EventUpcaster upcasters, Consumer<DomainEventMessage<?>> action) {
        List<? extends DomainEventMessage<?>> messages = EventStreamUtils.upcastAndDeserializeDomainEvents(
                page.stream(), serializer, upcasters).asStream().toList();
        // deserialising is most of the work and independent per event: done on every core, then handed on in order
        messages.parallelStream().forEach(StoredEvents::deserialise);
        messages.forEach(action);
    }

    private static void deserialise(DomainEventMessage<?> message) {
        message.getPayload();
        message.getMetaData();
        message.getTimestamp();
    }

    /** A row of the event store as Axon's entry reads it, with its timestamp read by {@link StoredTimestamp}. */
    private static final class StoredRow extends GenericDomainEventEntry<byte[]> {

        private final String timestamp;

        StoredRow(String type, String aggregateId, long sequence, String eventId, String timestamp,
                  String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
            super(type, aggregateId, sequence, eventId, timestamp, payloadType, payloadRevision, payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return StoredTimestamp.parse(timestamp);
        }
    }

    /** How many events the store holds. */
    public long count() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
