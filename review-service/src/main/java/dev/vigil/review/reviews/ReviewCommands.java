package dev.vigil.review.reviews;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.FactorCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What can be asked of a review. Who asks is the authenticated actor (a {@link Person}); {@code expectedVersion}
 * is the If-Match version (null: no check); {@code people} are the names and subjects of the incident's people,
 * for the blameless check.
 */
public final class ReviewCommands {

    private ReviewCommands() {
    }

    /** The one review of an incident: its id follows from the incident's, so no path can open a second one. */
    public static UUID reviewIdOf(UUID incidentId) {
        return UUID.nameUUIDFromBytes(("vigil-review:" + incidentId).getBytes(StandardCharsets.UTF_8));
    }

    /** The incident resolved (sent by Vigil): opens its review, or notes a re-resolution on it. */
    public record NoteIncidentResolved(@TargetAggregateIdentifier UUID reviewId, UUID incidentId, String incidentKey,
                                       String title, String systemId, Severity severity, Map<String, String> prefill,
                                       String reason, Instant resolvedAt) {
    }

    /** A reviewer opens a review by hand: of an incident (then {@code incidentId} is set) or of an AI hazard. */
    public record OpenReview(@TargetAggregateIdentifier UUID reviewId, UUID incidentId, String incidentKey, String title,
                             String systemId, Severity severity, Map<String, String> prefill, Person openedBy) {
    }

    /** Later facts of the incident into the sections nobody has written. */
    public record RefreshFromIncident(@TargetAggregateIdentifier UUID reviewId, Map<String, String> prefill,
                                      @TargetAggregateVersion Long expectedVersion) {
    }

    public record WriteSection(@TargetAggregateIdentifier UUID reviewId, Section section, String text, Person writer,
                               @TargetAggregateVersion Long expectedVersion) {
    }

    public record AddFactor(@TargetAggregateIdentifier UUID reviewId, UUID factorId, FactorCategory category,
                            ControlLayer layer, String controlId, String description, Person addedBy,
                            @TargetAggregateVersion Long expectedVersion) {
    }

    public record WithdrawFactor(@TargetAggregateIdentifier UUID reviewId, UUID factorId, String reason, Person by,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    public record AddComment(@TargetAggregateIdentifier UUID reviewId, UUID commentId, Section section, String text,
                             Person author) {
    }

    public record ResolveComment(@TargetAggregateIdentifier UUID reviewId, UUID commentId, Person by) {
    }

    public record AcknowledgeFinding(@TargetAggregateIdentifier UUID reviewId, UUID findingId, String justification,
                                     List<String> people, Person by) {
    }

    /** {@code actionItems}: how many action items the review has now. */
    public record SubmitReview(@TargetAggregateIdentifier UUID reviewId, String noActionItemsReason, int actionItems,
                               List<String> people, Person by, @TargetAggregateVersion Long expectedVersion) {
    }

    public record RequestChanges(@TargetAggregateIdentifier UUID reviewId, String changes, Person by,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    public record ApproveReview(@TargetAggregateIdentifier UUID reviewId, String note, Person by,
                                @TargetAggregateVersion Long expectedVersion) {
    }

    public record PublishReview(@TargetAggregateIdentifier UUID reviewId, Person by,
                                @TargetAggregateVersion Long expectedVersion) {
    }
}
