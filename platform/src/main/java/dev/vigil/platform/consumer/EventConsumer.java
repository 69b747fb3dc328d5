package dev.vigil.platform.consumer;

import dev.vigil.contracts.events.PublishedLanguage;

import java.util.List;

/**
 * A projection or reaction fed from other services' topics. The platform delivers each event id to
 * it once: the id is recorded in the same database transaction as whatever {@link #consume} does,
 * so a redelivered record changes nothing, and a failure rolls both back and retries.
 */
public interface EventConsumer {

    /** Stable name: part of the Kafka consumer group and the idempotency key. Never rename. */
    String name();

    /**
     * The published languages this consumer reads: their topics are subscribed, and a record whose
     * type none of them knows (a newer producer) reaches {@link #consume} without a resolved event.
     */
    List<PublishedLanguage> reads();

    void consume(EventEnvelope event);
}
