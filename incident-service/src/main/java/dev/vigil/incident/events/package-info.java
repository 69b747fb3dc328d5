/**
 * The events the Incident aggregate records: incident-service's own language, free to change with
 * the service (with an upcaster for what is already stored). What other services may rely on is the
 * published language in {@code dev.vigil.contracts.incident}, translated by {@code publication}.
 */
package dev.vigil.incident.events;
