/**
 * The events policy-service's aggregates record (AI systems, policies, controls, exceptions): its own
 * language, translated for other services by {@code publication}.
 */
package dev.vigil.policy.events;
