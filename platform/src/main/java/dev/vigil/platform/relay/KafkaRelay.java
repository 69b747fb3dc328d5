package dev.vigil.platform.relay;

import dev.vigil.contracts.events.EventType;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.platform.tracing.Traces;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes onto Kafka the published fact of each event this service appends to its event store,
 * as its {@link EventPublication} translates it (events that stay home are passed over).
 * It runs in a streaming processor whose token lives in the service's own database, and only
 * returns once the broker acknowledged the record (acks=all): if Kafka is down the send fails, the
 * processor keeps its token and retries, so an event is on Kafka at least once and never skipped.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KafkaRelay.class);

    public static final String PROCESSING_GROUP = "vigil-kafka-relay";
    /** Events relayed, by outcome: a rising "failed" count means Kafka is unreachable and events wait. */
    public static final String METRIC = "vigil.relay.events";

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventPublication publication;
    private final CloudEventRecords records;
    private final RelayTopic topic;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failed;
    private final Traces traces;

    KafkaRelay(KafkaTemplate<String, byte[]> kafka, EventPublication publication, CloudEventRecords records,
               RelayTopic topic, Duration sendTimeout, MeterRegistry meters, Traces traces) {
        this.traces = traces;
        this.kafka = kafka;
        this.publication = publication;
        this.records = records;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
        this.published = meters.counter(METRIC, "outcome", "published");
        this.failed = meters.counter(METRIC, "outcome", "failed");
    }

    @EventHandler
    void relay(Object recorded, EventMessage<?> message) throws Exception {
        Optional<? extends VigilEvent> fact = publication.publish(recorded, message);
        if (fact.isEmpty()) {
            return;
        }
        VigilEvent event = fact.get();
        EventType type = publication.language().typeOf(event.getClass()).orElseThrow(() -> new IllegalStateException(
                event.getClass().getName() + " is not in the " + publication.language().context()
                        + " published language: register it there before publishing it"));
        // the relay handles the event in a span of the trace that caused it (EventLogContextInterceptor):
        // the record carries that span on, and its consumers continue the trace
        ProducerRecord<String, byte[]> record = records.toRecord(event, type, message, traces.current());
        try {
            topic.ensureExists();
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            published.increment();
            log.debug("relayed {} {} to {}", type.ceType(), message.getIdentifier(), record.topic());
        } catch (ExecutionException e) {
            failed.increment();
            throw new RelayFailedException(record, e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            failed.increment();
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
