package dev.vigil.notification.assessment;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.DraftAcknowledged;
import dev.vigil.notification.events.DraftApproved;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftEdited;
import dev.vigil.notification.events.DraftRef;
import dev.vigil.notification.events.DraftSubmitted;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.problem.StaleVersionException;
import dev.vigil.platform.security.SeparationOfDuties;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a regulator notification, as plain functions from a draft as held to the event it
 * records: edited until it is submitted (an edit withdraws an approval); approved, once no
 * placeholder of the template is left, by a compliance officer who neither drafted nor edited it; submitted only once approved, at a time not in the
 * future nor before the approval; acknowledged once, not before it was submitted.
 */
final class Drafting {

    private Drafting() {
    }

    /**
     * A draft as the aggregate holds it.
     *
     * @param writers          subjects of whoever drafted or edited it
     * @param approvedRevision the revision approved, null while none is (an edit withdraws it)
     */
    record Draft(DraftRef ref, String obligationKey, DraftDocument document, int revision, Set<String> writers,
                 Integer approvedRevision, Instant approvedAt, Instant submittedAt, boolean acknowledged) {

        Draft {
            writers = Set.copyOf(writers);
        }

        Draft edited(DraftDocument text, int newRevision, String by) {
            Set<String> all = new HashSet<>(writers);
            all.add(by);
            return new Draft(ref, obligationKey, text, newRevision, all, null, null, submittedAt, acknowledged);
        }

        Draft approved(int approved, Instant at) {
            return new Draft(ref, obligationKey, document, revision, writers, approved, at, submittedAt, acknowledged);
        }

        Draft submitted(Instant at) {
            return new Draft(ref, obligationKey, document, revision, writers, approvedRevision, approvedAt, at,
                    acknowledged);
        }

        Draft withAcknowledgement() {
            return new Draft(ref, obligationKey, document, revision, writers, approvedRevision, approvedAt, submittedAt,
                    true);
        }
    }

    static DraftEdited edit(UUID incidentId, Draft draft, Integer expectedRevision, DraftDocument text, Person by,
                            Instant now) {
        notSubmitted(draft, "edited");
        current(draft, expectedRevision);
        if (draft.document().equals(text)) {
            throw new RuleViolationException("document", "changed", "nothing differs from revision " + draft.revision());
        }
        return new DraftEdited(incidentId, draft.ref(), draft.revision() + 1, text, draft.approvedRevision() != null, by,
                now);
    }

    static DraftApproved approve(UUID incidentId, Draft draft, Integer expectedRevision, Person by, Instant now) {
        notSubmitted(draft, "approved");
        current(draft, expectedRevision);
        if (draft.approvedRevision() != null) {
            throw new ConflictException("approved", "revision " + draft.revision() + " is already approved",
                    Map.of("revision", draft.revision()));
        }
        for (String writer : draft.writers()) {
            SeparationOfDuties.requireDifferent("regulator notification (as its writer)", writer, by.subject());
        }
        List<String> unfinished = draft.document().unfinished();
        if (!unfinished.isEmpty()) {
            throw new RuleViolationException("document", "finished", "complete or remove every " + DraftDocument.PLACEHOLDER
                    + " …] before approval; still in: " + String.join(", ", unfinished));
        }
        return new DraftApproved(incidentId, draft.ref(), draft.revision(), by, now);
    }

    static DraftSubmitted submit(UUID incidentId, Draft draft, int revision, String channel, String reference,
                                 Instant submittedAt, String format, String sha256, Instant dueAt, boolean immediate,
                                 Person by, Instant now) {
        notSubmitted(draft, "submitted again");
        if (draft.approvedRevision() == null) {
            throw new ConflictException("not-approved", "only an approved notification can be submitted: revision "
                    + draft.revision() + " awaits the approval of a second compliance officer");
        }
        current(draft, revision);
        if (submittedAt.isAfter(now)) {
            throw new InvalidInputException("submittedAt", "not-in-future", "submittedAt cannot be later than now (" + now + ")");
        }
        if (submittedAt.isBefore(draft.approvedAt())) {
            throw new RuleViolationException("submittedAt", "after-approval", "the approved revision was approved at "
                    + draft.approvedAt() + ": it cannot have been sent before");
        }
        return new DraftSubmitted(incidentId, draft.ref(), draft.revision(), channel, reference, submittedAt, format,
                sha256, dueAt, immediate, by, now);
    }

    static DraftAcknowledged acknowledge(UUID incidentId, Draft draft, String reference, Instant receivedAt, Person by,
                                         Instant now) {
        if (draft.submittedAt() == null) {
            throw new ConflictException("not-submitted", "only a submitted notification can be acknowledged");
        }
        if (draft.acknowledged()) {
            throw new ConflictException("acknowledged", "the authority's acknowledgement is already recorded");
        }
        if (receivedAt.isAfter(now)) {
            throw new InvalidInputException("receivedAt", "not-in-future", "receivedAt cannot be later than now (" + now + ")");
        }
        if (receivedAt.isBefore(draft.submittedAt())) {
            throw new RuleViolationException("receivedAt", "after-submission", "the notification was submitted at "
                    + draft.submittedAt() + ": it cannot have been acknowledged before");
        }
        return new DraftAcknowledged(incidentId, draft.ref(), reference, receivedAt, by, now);
    }

    private static void notSubmitted(Draft draft, String what) {
        if (draft.submittedAt() != null) {
            throw new ConflictException("submitted", "the notification was submitted at " + draft.submittedAt()
                    + " and cannot be " + what, Map.of("submittedAt", draft.submittedAt()));
        }
    }

    private static void current(Draft draft, Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != draft.revision()) {
            throw new StaleVersionException("the draft is at revision " + draft.revision());
        }
    }
}
