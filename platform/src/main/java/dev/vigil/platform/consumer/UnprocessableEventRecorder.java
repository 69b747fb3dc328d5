package dev.vigil.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import java.nio.charset.StandardCharsets;

/**
 * Where a record goes that can never be handled (not a CloudEvent, a payload that does not parse):
 * kept whole in {@code unprocessable_event}, so it is not lost and the partition moves on. Every
 * other failure is retried until it passes. If even this insert fails (database down), the
 * container seeks back and tries the record again later.
 */
class UnprocessableEventRecorder implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(UnprocessableEventRecorder.class);

    private final String consumer;
    private final JdbcClient jdbc;

    UnprocessableEventRecorder(String consumer, JdbcClient jdbc) {
        this.consumer = consumer;
        this.jdbc = jdbc;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        log.error("Consumer {} gave up on {}/{}@{}; kept in unprocessable_event", consumer, record.topic(),
                record.partition(), record.offset(), failure);
        StringBuilder headers = new StringBuilder();
        record.headers().forEach(h -> headers.append(h.key()).append('=')
                .append(new String(h.value(), StandardCharsets.UTF_8)).append('\n'));
        Object value = record.value();
        String payload = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
        jdbc.sql("""
                        insert into unprocessable_event (consumer, topic, partition_no, record_offset, record_key, headers, payload, failure, failed_at)
                        values (:consumer, :topic, :partition, :offset, :key, :headers, :payload, :failure, now())
                        on conflict (consumer, topic, partition_no, record_offset) do nothing""")
                .param("consumer", consumer)
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("key", record.key() == null ? null : record.key().toString())
                .param("headers", headers.toString())
                .param("payload", payload)
                .param("failure", String.valueOf(rootCause(failure)))
                .update();
    }

    static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
