package dev.vigil.platform.consumer;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * One event received from Kafka: its CloudEvents attributes, Vigil's extensions and the payload,
 * resolved to its published-language record when this service knows the type.
 *
 * @param id          the event id (ce_id): the unit of idempotency
 * @param event       the payload, or empty for a type this build does not know
 * @param payloadJson the payload as it was on the wire
 */
public record EventEnvelope(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        Long sequence,
        String actor,
        String actorName,
        String correlation,
        String topic,
        int partition,
        long offset,
        Optional<VigilEvent> event,
        String payloadJson) {
}
