/**
 * The events notification-service's aggregates record (the organisation profile, each incident's
 * determinations and obligations, the clocks): its own language, translated for other services by
 * {@code publication}. Plain records, free of the engine's and the framework's types.
 */
package dev.vigil.notification.events;
