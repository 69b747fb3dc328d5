package dev.vigil.platform.consumer;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.EventType;
import dev.vigil.contracts.events.VigilEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;
import dev.vigil.platform.observability.LogContext;
import dev.vigil.platform.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers Kafka records to one {@link EventConsumer} exactly once per event id: the id is
 * recorded in {@code consumed_event} in the same transaction as the consumer's effect.
 */
public class IdempotentDispatcher implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(IdempotentDispatcher.class);

    private final EventConsumer consumer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Traces traces;

    public IdempotentDispatcher(EventConsumer consumer, JdbcClient jdbc, TransactionTemplate transactions,
                                JsonMapper json, Traces traces) {
        this.consumer = consumer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.traces = traces;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = envelope(record);
        Map<String, String> before = LogContext.put(logContext(envelope));
        try {
            // in a span of the trace the record carries (ce_traceparent): the trace of the request that caused it
            traces.within(consumer.name() + " consume " + envelope.type(), trace(record), () -> {
                deliver(envelope);
                return null;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            LogContext.restore(before);
        }
    }

    private void deliver(EventEnvelope envelope) {
        transactions.executeWithoutResult(tx -> {
            int recorded = jdbc.sql("""
                            insert into consumed_event (consumer, event_id, event_type, topic, partition_no, record_offset, consumed_at)
                            values (:consumer, :id, :type, :topic, :partition, :offset, now())
                            on conflict (consumer, event_id) do nothing""")
                    .param("consumer", consumer.name())
                    .param("id", envelope.id())
                    .param("type", envelope.type())
                    .param("topic", envelope.topic())
                    .param("partition", envelope.partition())
                    .param("offset", envelope.offset())
                    .update();
            if (recorded == 1) {
                consumer.consume(envelope);
                log.debug("{} handled {} {}", consumer.name(), envelope.type(), envelope.id());
            } else {
                log.debug("{} had already handled {} {}", consumer.name(), envelope.type(), envelope.id());
            }
        });
    }

    /** The event's correlation id, actor and incident in the logging context while it is handled. */
    private Map<String, String> logContext(EventEnvelope envelope) {
        Map<String, String> values = new HashMap<>();
        values.put(LogContext.CORRELATION_ID, envelope.correlation());
        values.put(LogContext.ACTOR, envelope.actor());
        values.put(LogContext.EVENT_ID, envelope.id());
        values.put(LogContext.EVENT_TYPE, envelope.type());
        values.put(LogContext.INCIDENT_ID, incidentOf(envelope));
        return values;
    }

    private String incidentOf(EventEnvelope envelope) {
        if (envelope.type().startsWith("vigil.incident.")) {
            return envelope.subject();
        }
        try {
            JsonNode incident = json.readTree(envelope.payloadJson()).get("incidentId");
            return incident != null && incident.isString() ? incident.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new NotACloudEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: ce_id or ce_type missing");
        }
        String time = header(record, CloudEventHeaders.TIME);
        String sequence = header(record, CloudEventHeaders.SEQUENCE);
        String payload = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        Optional<VigilEvent> event = consumer.reads().stream()
                .flatMap(language -> language.type(type).stream())
                .findFirst()
                .map(EventType::javaType)
                .map(c -> json.readValue(payload, c));
        return new EventEnvelope(id, type,
                header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT),
                time == null ? null : Instant.parse(time),
                sequence == null ? null : Long.valueOf(sequence),
                header(record, CloudEventHeaders.ACTOR),
                header(record, CloudEventHeaders.ACTOR_NAME),
                header(record, CloudEventHeaders.CORRELATION),
                record.topic(), record.partition(), record.offset(),
                event, payload);
    }

    /** The CloudEvents distributed tracing extension of the record, as W3C fields. */
    private static Map<String, String> trace(ConsumerRecord<?, ?> record) {
        Map<String, String> fields = new HashMap<>();
        String traceparent = header(record, CloudEventHeaders.TRACEPARENT);
        if (traceparent != null) {
            fields.put(Traces.TRACEPARENT, traceparent);
            String tracestate = header(record, CloudEventHeaders.TRACESTATE);
            if (tracestate != null) {
                fields.put(Traces.TRACESTATE, tracestate);
            }
        }
        return fields;
    }

    /** A header by its name, or by the name records carried before (see {@link CloudEventHeaders#legacyNameOf}). */
    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        String legacy = CloudEventHeaders.legacyNameOf(name);
        if (header == null && legacy != null) {
            header = record.headers().lastHeader(legacy);
        }
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
