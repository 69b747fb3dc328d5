package dev.vigil.notification.assessment;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.DraftDocument;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * What can be asked of the notification drafts of an incident's obligations. {@code by} is always the
 * authenticated actor; {@code expectedRevision} the draft's revision the caller saw (If-Match), if any.
 */
public final class DraftCommands {

    private DraftCommands() {
    }

    /** Begin the notification of one stage from the regime's {@code template}, its facts filled in. */
    public record CreateDraft(@TargetAggregateIdentifier UUID incidentId, UUID obligationId, String stageId,
                              String template, DraftDocument document, Person by) {
    }

    public record EditDraft(@TargetAggregateIdentifier UUID incidentId, UUID draftId, Integer expectedRevision,
                            DraftDocument document, Person by) {
    }

    public record ApproveDraft(@TargetAggregateIdentifier UUID incidentId, UUID draftId, Integer expectedRevision,
                               Person by) {
    }

    /**
     * Record that the approved revision was sent: {@code revision} is the one whose export in
     * {@code format} the server hashed to {@code sha256}.
     */
    public record SubmitDraft(@TargetAggregateIdentifier UUID incidentId, UUID draftId, int revision, String channel,
                              String authorityReference, Instant submittedAt, String format, String sha256,
                              Person by) {
    }

    public record AcknowledgeSubmission(@TargetAggregateIdentifier UUID incidentId, UUID draftId, String reference,
                                        Instant receivedAt, Person by) {
    }
}
