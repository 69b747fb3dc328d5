package dev.vigil.notification.drafts;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.DraftAcknowledged;
import dev.vigil.notification.events.DraftApproved;
import dev.vigil.notification.events.DraftCreated;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftEdited;
import dev.vigil.notification.events.DraftRef;
import dev.vigil.notification.events.DraftSubmitted;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A regulator notification as compliance sees it: the obligation and stage it is for, its text at its
 * current revision, every revision with who made it, the approval, the submission (on time or late,
 * by how much, with the SHA-256 of what was sent) and the authority's acknowledgement. Built only by
 * {@link #apply} from the events.
 *
 * @param status   DRAFT, APPROVED, SUBMITTED or ACKNOWLEDGED
 * @param revision the text's revision (1 as drafted), the ETag an edit or approval names in If-Match
 * @param version  sequence number of the incident's last event that touched it
 */
public record DraftView(UUID id, UUID incidentId, String incidentKey, UUID obligationId, String obligationKey,
                        String ruleId, String regime, String obligationTitle, String authority,
                        String authorityJurisdiction, String stageId, String stageName, String template,
                        String status, int revision, Instant revisedAt, DraftDocument document, List<String> unfinished,
                        List<Revision> revisions, Approval approval, Submission submission,
                        Acknowledgement acknowledgement, long version) {

    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";

    public DraftView {
        revisions = List.copyOf(revisions);
        unfinished = unfinished == null ? List.of() : List.copyOf(unfinished);
    }

    /** One revision of the text: who made it, when, and whether it withdrew an approval. */
    public record Revision(int revision, Person by, Instant at, boolean approvalWithdrawn) {
    }

    public record Approval(int revision, Person approvedBy, Instant approvedAt) {
    }

    /**
     * @param dueAt  the stage's deadline when the submission was recorded; null for an immediate stage
     * @param lateBy past the deadline (ISO-8601), null when on time; {@code margin} what was left
     */
    public record Submission(int revision, String channel, String authorityReference, Instant submittedAt,
                             Person submittedBy, Instant recordedAt, String format, String sha256, Instant dueAt,
                             boolean immediate, boolean late, String lateBy, String margin) {
    }

    public record Acknowledgement(String reference, Instant receivedAt, Person recordedBy, Instant recordedAt) {
    }

    static DraftView apply(DraftView view, Object event, long sequence) {
        return switch (event) {
            case DraftCreated e -> {
                DraftRef d = e.draft();
                yield new DraftView(d.draftId(), e.incidentId(), null, d.obligation().obligationId(),
                        d.obligation().key(), d.obligation().ruleId(), d.obligation().regime(), d.obligation().title(),
                        d.authorityName(), d.obligation().authorityJurisdiction(), d.stageId(), d.stageName(),
                        e.template(), DRAFT, 1, e.draftedAt(), e.document(), e.document().unfinished(),
                        List.of(new Revision(1, e.draftedBy(), e.draftedAt(), false)), null, null, null, sequence);
            }
            case DraftEdited e -> view.with(DRAFT, e.revision(), e.editedAt(), e.document(),
                    added(view.revisions(), new Revision(e.revision(), e.editedBy(), e.editedAt(), e.approvalWithdrawn())),
                    null, null, null, sequence);
            case DraftApproved e -> view.with(APPROVED, view.revision(), view.revisedAt(), view.document(),
                    view.revisions(), new Approval(e.revision(), e.approvedBy(), e.approvedAt()), null, null, sequence);
            case DraftSubmitted e -> view.with(SUBMITTED, view.revision(), view.revisedAt(), view.document(),
                    view.revisions(), view.approval(), submission(e), null, sequence);
            case DraftAcknowledged e -> view.with(ACKNOWLEDGED, view.revision(), view.revisedAt(), view.document(),
                    view.revisions(), view.approval(), view.submission(),
                    new Acknowledgement(e.reference(), e.receivedAt(), e.recordedBy(), e.recordedAt()), sequence);
            default -> view;
        };
    }

    /** Which draft a recorded event is about, or null for one about none. */
    static UUID draftOf(Object event) {
        return switch (event) {
            case DraftCreated e -> e.draft().draftId();
            case DraftEdited e -> e.draft().draftId();
            case DraftApproved e -> e.draft().draftId();
            case DraftSubmitted e -> e.draft().draftId();
            case DraftAcknowledged e -> e.draft().draftId();
            default -> null;
        };
    }

    private static Submission submission(DraftSubmitted e) {
        Duration margin = e.dueAt() == null ? null : Duration.between(e.submittedAt(), e.dueAt());
        boolean late = margin != null && margin.isNegative();
        return new Submission(e.revision(), e.channel(), e.authorityReference(), e.submittedAt(), e.submittedBy(),
                e.recordedAt(), e.format(), e.sha256(), e.dueAt(), e.immediate(), late,
                late ? margin.negated().toString() : null, margin != null && !late ? margin.toString() : null);
    }

    /** With the incident's key, as read. */
    DraftView reading(String key) {
        return new DraftView(id, incidentId, key, obligationId, obligationKey, ruleId, regime, obligationTitle, authority,
                authorityJurisdiction, stageId, stageName, template, status, revision, revisedAt, document, unfinished,
                revisions, approval, submission, acknowledgement, version);
    }

    private DraftView with(String newStatus, int newRevision, Instant newRevisedAt, DraftDocument text,
                           List<Revision> newRevisions, Approval newApproval, Submission newSubmission,
                           Acknowledgement newAcknowledgement, long sequence) {
        return new DraftView(id, incidentId, null, obligationId, obligationKey, ruleId, regime, obligationTitle, authority,
                authorityJurisdiction, stageId, stageName, template, newStatus, newRevision, newRevisedAt, text,
                text.unfinished(), newRevisions, newApproval, newSubmission, newAcknowledgement, sequence);
    }

    private static <T> List<T> added(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
