package dev.vigil.platform.relay;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;
import org.axonframework.eventhandling.EventMessage;

import java.util.Optional;

/**
 * A service's translation from the events its aggregates record to the facts it publishes. The
 * relay sends only what this returns, so a service can reshape its own events freely and keeps
 * internal details at home; what it publishes is a versioned promise in {@code contracts}.
 */
public interface EventPublication {

    /** The language the service publishes in: its context, topic and event types. */
    PublishedLanguage language();

    /**
     * The published fact for a recorded event, or empty when the fact stays in this service.
     * {@code message} is the event as stored (aggregate id, sequence, time), for a translation that
     * needs the record as it stood at that event.
     */
    Optional<? extends VigilEvent> publish(Object recordedEvent, EventMessage<?> message);
}
