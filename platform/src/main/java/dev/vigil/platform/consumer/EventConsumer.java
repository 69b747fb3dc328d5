package dev.vigil.platform.consumer;

import java.util.Set;

/**
 * A projection or reaction fed from other services' topics. The platform delivers each event id to
 * it once: the id is recorded in the same database transaction as whatever {@link #consume} does,
 * so a redelivered record changes nothing, and a failure rolls both back and retries.
 */
public interface EventConsumer {

    /** Stable name: part of the Kafka consumer group and the idempotency key. Never rename. */
    String name();

    /** The bounded contexts whose topics to read, e.g. {@code incident}. */
    Set<String> contexts();

    void consume(EventEnvelope event);
}
