package dev.vigil.platform.relay;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;

import java.util.Optional;

/**
 * A service's translation from the events its aggregates record to the facts it publishes. The
 * relay sends only what this returns, so a service can reshape its own events freely and keeps
 * internal details at home; what it publishes is a versioned promise in {@code contracts}.
 */
public interface EventPublication {

    /** The language the service publishes in: its context, topic and event types. */
    PublishedLanguage language();

    /** The published fact for a recorded event, or empty when the fact stays in this service. */
    Optional<? extends VigilEvent> publish(Object recordedEvent);
}
