package dev.vigil.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records consumers set aside, for operators: list them, and replay one once a fix lets it be
 * handled (a newer build reads a newer event, a repaired payload). A replay goes through the same
 * idempotent delivery as any record; on success the record leaves the list.
 */
public class UnprocessableEvents {

    private final JdbcClient jdbc;
    private final Map<String, IdempotentDispatcher> dispatchers;

    UnprocessableEvents(JdbcClient jdbc, Map<String, IdempotentDispatcher> dispatchers) {
        this.jdbc = jdbc;
        this.dispatchers = dispatchers;
    }

    /** One set-aside record. */
    public record Entry(String consumer, String topic, int partition, long offset, String key, String headers,
                        String payload, String failure, Instant failedAt) {
    }

    public List<Entry> list(int page, int size) {
        return jdbc.sql("select * from unprocessable_event order by failed_at, consumer, topic, partition_no, record_offset "
                        + "limit :size offset :offset")
                .param("size", size).param("offset", (long) page * size)
                .query(UnprocessableEvents::entry)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from unprocessable_event").query(Long.class).single();
    }

    public Optional<Entry> find(String consumer, String topic, int partition, long offset) {
        return jdbc.sql("select * from unprocessable_event where consumer = :consumer and topic = :topic "
                        + "and partition_no = :partition and record_offset = :offset")
                .param("consumer", consumer).param("topic", topic).param("partition", partition).param("offset", offset)
                .query(UnprocessableEvents::entry)
                .optional();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getString("consumer"), rs.getString("topic"), rs.getInt("partition_no"),
                rs.getLong("record_offset"), rs.getString("record_key"), rs.getString("headers"),
                rs.getString("payload"), rs.getString("failure"), rs.getTimestamp("failed_at").toInstant());
    }

    /** Delivers the record again; throws what the consumer throws if it still cannot be handled. */
    public void replay(Entry entry) {
        IdempotentDispatcher dispatcher = dispatchers.get(entry.consumer());
        if (dispatcher == null) {
            throw new IllegalStateException("no consumer named " + entry.consumer() + " runs in this service");
        }
        RecordHeaders headers = new RecordHeaders();
        entry.headers().lines().filter(l -> l.contains("=")).forEach(line -> {
            int eq = line.indexOf('=');
            headers.add(line.substring(0, eq), line.substring(eq + 1).getBytes(StandardCharsets.UTF_8));
        });
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(entry.topic(), entry.partition(), entry.offset(),
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE, entry.key(), entry.payload().getBytes(StandardCharsets.UTF_8), headers,
                Optional.empty());
        dispatcher.onMessage(record);
        jdbc.sql("delete from unprocessable_event where consumer = :consumer and topic = :topic "
                        + "and partition_no = :partition and record_offset = :offset")
                .param("consumer", entry.consumer()).param("topic", entry.topic())
                .param("partition", entry.partition()).param("offset", entry.offset())
                .update();
    }
}
