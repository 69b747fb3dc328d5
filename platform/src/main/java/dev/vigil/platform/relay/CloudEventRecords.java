package dev.vigil.platform.relay;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.EventType;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.tracing.Traces;
import dev.vigil.platform.security.Actor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Turns an event from the event store into a Kafka record in the CloudEvents 1.0 Kafka binding,
 * binary content mode: attributes in {@code ce_*} headers, the event as JSON in the value, the
 * aggregate id as key so that each aggregate's events stay in order on one partition.
 */
final class CloudEventRecords {

    private final String source;
    private final String topic;
    private final Function<Object, byte[]> json;

    CloudEventRecords(String serviceContext, String topic, Function<Object, byte[]> json) {
        this.source = "/vigil/" + serviceContext + "-service";
        this.topic = topic;
        this.json = json;
    }

    /** The published fact {@code event} of type {@code type}, translated from the recorded {@code message}. */
    ProducerRecord<String, byte[]> toRecord(VigilEvent event, EventType type, EventMessage<?> message) {
        return toRecord(event, type, message, java.util.Map.of());
    }

    /**
     * As above, with the trace the record continues ({@code traceparent}, {@code tracestate}) as the
     * CloudEvents distributed tracing extension.
     */
    ProducerRecord<String, byte[]> toRecord(VigilEvent event, EventType type, EventMessage<?> message,
                                            java.util.Map<String, String> trace) {
        String subject = message instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier()
                : event.subject();
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, message.getIdentifier());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type.ceType());
        header(headers, CloudEventHeaders.SUBJECT, subject);
        header(headers, CloudEventHeaders.TIME, message.getTimestamp().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (message instanceof DomainEventMessage<?> domain) {
            header(headers, CloudEventHeaders.SEQUENCE, Long.toString(domain.getSequenceNumber()));
        }
        Actor actor = VigilMetaData.actorOf(message.getMetaData());
        header(headers, CloudEventHeaders.ACTOR, actor.subject());
        header(headers, CloudEventHeaders.ACTOR_NAME, actor.displayName());
        header(headers, CloudEventHeaders.ACTOR_ROLES, String.join(",", actor.roles()));
        Object correlation = message.getMetaData().get(VigilMetaData.CORRELATION_ID);
        if (correlation != null) {
            header(headers, CloudEventHeaders.CORRELATION, correlation.toString());
        }
        String traceparent = trace.get(Traces.TRACEPARENT);
        if (traceparent != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, traceparent);
            String tracestate = trace.get(Traces.TRACESTATE);
            if (tracestate != null && !tracestate.isBlank()) {
                header(headers, CloudEventHeaders.TRACESTATE, tracestate);
            }
        }
        return new ProducerRecord<>(topic, null, subject, json.apply(event), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
