package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/**
 * The approved revision of a draft was sent to the authority. {@code sha256} is the server's hash of
 * its export in {@code format}; {@code dueAt} and {@code immediate} are the stage's deadline as it
 * stood when the submission was recorded.
 */
public record DraftSubmitted(UUID incidentId, DraftRef draft, int revision, String channel, String authorityReference,
                             Instant submittedAt, String format, String sha256, Instant dueAt, boolean immediate,
                             Person submittedBy, Instant recordedAt) {
}
