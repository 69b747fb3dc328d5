package dev.vigil.platform.relay;

import dev.vigil.contracts.events.VigilEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every published-language event this service appends to its event store onto Kafka.
 * It runs in a streaming processor whose token lives in the service's own database, and only
 * returns once the broker acknowledged the record (acks=all): if Kafka is down the send fails, the
 * processor keeps its token and retries, so an event is on Kafka at least once and never skipped.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {

    public static final String PROCESSING_GROUP = "vigil-kafka-relay";

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventRecords records;
    private final Duration sendTimeout;

    KafkaRelay(KafkaTemplate<String, byte[]> kafka, CloudEventRecords records, Duration sendTimeout) {
        this.kafka = kafka;
        this.records = records;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    void relay(VigilEvent event, EventMessage<?> message) throws Exception {
        ProducerRecord<String, byte[]> record = records.toRecord(event, message);
        try {
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RelayFailedException(record, e.getCause());
        } catch (TimeoutException e) {
            throw new RelayFailedException(record, e);
        }
    }

    /** Kafka did not acknowledge an event; the processor will retry it. */
    static final class RelayFailedException extends RuntimeException {
        RelayFailedException(ProducerRecord<String, byte[]> record, Throwable cause) {
            super("Kafka did not acknowledge event on " + record.topic() + " for " + record.key(), cause);
        }
    }
}
