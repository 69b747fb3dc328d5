package dev.vigil.policy.events;

import java.time.Instant;
import java.util.UUID;

/** An incident occurred on a system while this exception waived controls for it. */
public record IncidentOnExceptedSystemNoted(UUID exceptionId, UUID incidentId, String incidentKey, String systemId,
                                            String severity, Instant occurredAt) {
}
