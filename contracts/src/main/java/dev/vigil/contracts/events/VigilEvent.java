package dev.vigil.contracts.events;

/**
 * A fact published by one Vigil service for the others. Every implementation is an immutable
 * record registered in its context's {@link PublishedLanguage}, which gives it its CloudEvents type.
 */
public interface VigilEvent {

    /** The id of the aggregate the fact is about: the CloudEvents subject and the Kafka key. */
    String subject();
}
