package dev.vigil.review.reviews;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ReviewStatus;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.security.SeparationOfDuties;
import dev.vigil.review.blameless.BlamelessFinding;
import dev.vigil.review.events.ChangesRequested;
import dev.vigil.review.events.CommentAdded;
import dev.vigil.review.events.CommentResolved;
import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.FactorWithdrawn;
import dev.vigil.review.events.FindingAcknowledged;
import dev.vigil.review.events.IncidentResolutionNoted;
import dev.vigil.review.events.ReviewApproved;
import dev.vigil.review.events.ReviewOpened;
import dev.vigil.review.events.ReviewPublished;
import dev.vigil.review.events.ReviewSubmitted;
import dev.vigil.review.events.SectionWritten;
import dev.vigil.review.events.SectionsPrefilled;
import dev.vigil.review.reviews.ReviewCommands.AcknowledgeFinding;
import dev.vigil.review.reviews.ReviewCommands.AddComment;
import dev.vigil.review.reviews.ReviewCommands.AddFactor;
import dev.vigil.review.reviews.ReviewCommands.ApproveReview;
import dev.vigil.review.reviews.ReviewCommands.NoteIncidentResolved;
import dev.vigil.review.reviews.ReviewCommands.OpenReview;
import dev.vigil.review.reviews.ReviewCommands.PublishReview;
import dev.vigil.review.reviews.ReviewCommands.RefreshFromIncident;
import dev.vigil.review.reviews.ReviewCommands.RequestChanges;
import dev.vigil.review.reviews.ReviewCommands.ResolveComment;
import dev.vigil.review.reviews.ReviewCommands.SubmitReview;
import dev.vigil.review.reviews.ReviewCommands.WithdrawFactor;
import dev.vigil.review.reviews.ReviewCommands.WriteSection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A blameless post-incident review: one per incident (its id follows from the incident's), or one per AI
 * hazard opened by hand. Holds what its rules need: the workflow state, the current texts (for the
 * blameless check), which sections a person wrote (a refresh never overwrites those), and who contributed
 * (who may therefore not approve it).
 */
@Aggregate(type = Review.TYPE)
class Review {

    static final String TYPE = "Review";

    @AggregateIdentifier
    private UUID id;
    private UUID incidentId;
    private ReviewStatus status;
    private final Map<String, String> sections = new HashMap<>();
    private final Set<String> written = new HashSet<>();
    private final Map<UUID, String> factors = new LinkedHashMap<>();
    private final Set<UUID> withdrawnFactors = new HashSet<>();
    private final Map<UUID, Boolean> comments = new HashMap<>();
    private final Set<UUID> acknowledged = new HashSet<>();
    private final Set<String> contributors = new HashSet<>();
    private final Set<Instant> resolutions = new HashSet<>();

    Review() {
        // rebuilt from its events, or created by the first command that finds none
    }

    /**
     * The incident resolved: the first resolution opens the review with the facts; a later one (after a
     * reopening) is noted, and refreshes the sections nobody wrote. The same resolution twice changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteIncidentResolved command, Clock clock) {
        Instant now = clock.instant();
        boolean opening = id == null;
        if (opening) {
            apply(new ReviewOpened(command.reviewId(), command.incidentId(), command.incidentKey(), command.title(),
                    command.systemId(), command.severity(), true, null, now));
            prefill(command.prefill(), now);
        } else if (resolutions.contains(command.resolvedAt())) {
            return;
        }
        apply(new IncidentResolutionNoted(command.reviewId(), command.incidentId(), command.reason(),
                command.resolvedAt(), !opening && !resolutions.isEmpty()));
        if (!opening && status == ReviewStatus.DRAFT) {
            prefill(command.prefill(), now);
        }
    }

    /** By hand: a second review of the same incident is refused, naming the one there is. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenReview command, Clock clock) {
        if (id != null) {
            throw new ConflictException("review-exists", "the incident already has its review " + id,
                    Map.of("reviewId", id));
        }
        Instant now = clock.instant();
        apply(new ReviewOpened(command.reviewId(), command.incidentId(), command.incidentKey(), command.title(),
                command.systemId(), command.severity(), false, command.openedBy(), now));
        prefill(command.prefill(), now);
    }

    @CommandHandler
    void handle(RefreshFromIncident command, Clock clock) {
        ReviewWorkflow.requireDraft(status, "refresh from the incident");
        prefill(command.prefill(), clock.instant());
    }

    @CommandHandler
    void handle(WriteSection command, Clock clock) {
        ReviewWorkflow.requireDraft(status, "write " + command.section().key());
        String text = command.text().strip();
        if (written.contains(command.section().key()) && text.equals(sections.get(command.section().key()))) {
            return; // the same text again: nothing new to record
        }
        apply(new SectionWritten(id, command.section().key(), text, command.writer(), clock.instant()));
    }

    @CommandHandler
    void handle(AddFactor command, Clock clock) {
        ReviewWorkflow.requireDraft(status, "add a contributing factor");
        apply(new FactorAdded(id, command.factorId(), command.category(), command.layer(), command.controlId(),
                command.description().strip(), command.addedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawFactor command, Clock clock) {
        ReviewWorkflow.requireDraft(status, "withdraw a contributing factor");
        if (!factors.containsKey(command.factorId())) {
            throw new NotFoundException("Contributing factor", command.factorId().toString());
        }
        apply(new FactorWithdrawn(id, command.factorId(), command.reason().strip(), command.by(), clock.instant()));
    }

    /** Reviewers and the committee comment while the review is being written or reviewed. */
    @CommandHandler
    void handle(AddComment command, Clock clock) {
        if (status == ReviewStatus.APPROVED || status == ReviewStatus.PUBLISHED) {
            throw new ConflictException("review-closed", "a review in " + status + " takes no more comments",
                    Map.of("status", status));
        }
        apply(new CommentAdded(id, command.commentId(), command.section().key(), command.text().strip(),
                command.author(), clock.instant()));
    }

    @CommandHandler
    void handle(ResolveComment command, Clock clock) {
        Boolean resolved = comments.get(command.commentId());
        if (resolved == null) {
            throw new NotFoundException("Comment", command.commentId().toString());
        }
        if (resolved) {
            throw new ConflictException("already-resolved", "comment " + command.commentId() + " is resolved already");
        }
        apply(new CommentResolved(id, command.commentId(), command.by(), clock.instant()));
    }

    /** Only a finding the text still gives can be acknowledged; the justification stays on the record. */
    @CommandHandler
    void handle(AcknowledgeFinding command, Clock clock) {
        ReviewWorkflow.requireDraft(status, "acknowledge a finding");
        BlamelessFinding finding = findings(command.people()).stream()
                .filter(f -> f.id().equals(command.findingId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Blameless finding", command.findingId().toString()));
        if (acknowledged.contains(finding.id())) {
            throw new ConflictException("already-acknowledged", "finding " + finding.id() + " is acknowledged already");
        }
        apply(new FindingAcknowledged(id, finding.id(), finding.section(), finding.sentence(), finding.ruleId(),
                command.justification().strip(), command.by(), clock.instant()));
    }

    /**
     * To the committee: the required sections written, a contributing factor, an action item or the reason
     * for none, and no unacknowledged blameless finding (422 naming each that is missing).
     */
    @CommandHandler
    void handle(SubmitReview command, Clock clock) {
        ReviewWorkflow.requireMove(status, ReviewStatus.IN_REVIEW);
        List<FieldViolation> missing = new ArrayList<>();
        for (Section section : Section.values()) {
            String text = sections.get(section.key());
            if (section.required() && (text == null || text.isBlank())) {
                missing.add(new FieldViolation("sections." + section.key(), "required",
                        "the " + section.key() + " section must be written before submission"));
            }
        }
        if (activeFactors().isEmpty()) {
            missing.add(new FieldViolation("factors", "at-least-one", "name at least one contributing factor"));
        }
        if (command.actionItems() == 0 && (command.noActionItemsReason() == null || command.noActionItemsReason().isBlank())) {
            missing.add(new FieldViolation("actionItems", "at-least-one-or-reason",
                    "add an action item, or give noActionItemsReason"));
        }
        List<UUID> open = findings(command.people()).stream().map(BlamelessFinding::id)
                .filter(f -> !acknowledged.contains(f)).toList();
        if (!open.isEmpty()) {
            missing.add(new FieldViolation("findings", "unacknowledged", open.size()
                    + " blameless finding(s) to reword or acknowledge: " + open));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        String reason = command.actionItems() == 0 ? command.noActionItemsReason().strip() : null;
        apply(new ReviewSubmitted(id, reason, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RequestChanges command, Clock clock) {
        ReviewWorkflow.requireMove(status, ReviewStatus.DRAFT);
        apply(new ChangesRequested(id, command.changes().strip(), command.by(), clock.instant()));
    }

    /** Separation of duties: nobody who wrote or edited the review approves it (403). */
    @CommandHandler
    void handle(ApproveReview command, Clock clock) {
        ReviewWorkflow.requireMove(status, ReviewStatus.APPROVED);
        if (contributors.contains(command.by().subject())) {
            throw new SeparationOfDuties.SeparationOfDutiesViolation("post-incident review (wrote or edited it)",
                    command.by().subject());
        }
        apply(new ReviewApproved(id, command.note() == null ? null : command.note().strip(), command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(PublishReview command, Clock clock) {
        ReviewWorkflow.requireMove(status, ReviewStatus.PUBLISHED);
        apply(new ReviewPublished(id, incidentId, command.by(), clock.instant()));
    }

    /** The prefilled texts for sections no person wrote, where they differ from what is there. */
    private void prefill(Map<String, String> prefill, Instant now) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            String text = prefill.get(section.key());
            if (text != null && !written.contains(section.key()) && !text.equals(sections.get(section.key()))) {
                changed.put(section.key(), text);
            }
        }
        if (!changed.isEmpty()) {
            apply(new SectionsPrefilled(id, changed, now));
        }
    }

    private Map<UUID, String> activeFactors() {
        Map<UUID, String> active = new LinkedHashMap<>(factors);
        withdrawnFactors.forEach(active::remove);
        return active;
    }

    private List<BlamelessFinding> findings(List<String> people) {
        return Findings.of(sections, activeFactors(), people);
    }

    private void contributed(Person person) {
        if (person != null) {
            contributors.add(person.subject());
        }
    }

    @EventSourcingHandler
    void on(ReviewOpened event) {
        id = event.reviewId();
        incidentId = event.incidentId();
        status = ReviewStatus.DRAFT;
        contributed(event.openedBy());
    }

    @EventSourcingHandler
    void on(SectionsPrefilled event) {
        sections.putAll(event.sections());
    }

    @EventSourcingHandler
    void on(IncidentResolutionNoted event) {
        resolutions.add(event.resolvedAt());
    }

    @EventSourcingHandler
    void on(SectionWritten event) {
        sections.put(event.section(), event.text());
        written.add(event.section());
        contributed(event.writtenBy());
    }

    @EventSourcingHandler
    void on(FactorAdded event) {
        factors.put(event.factorId(), event.description());
        contributed(event.addedBy());
    }

    @EventSourcingHandler
    void on(FactorWithdrawn event) {
        withdrawnFactors.add(event.factorId());
        contributed(event.withdrawnBy());
    }

    @EventSourcingHandler
    void on(CommentAdded event) {
        comments.put(event.commentId(), false);
    }

    @EventSourcingHandler
    void on(CommentResolved event) {
        comments.put(event.commentId(), true);
    }

    @EventSourcingHandler
    void on(FindingAcknowledged event) {
        acknowledged.add(event.findingId());
        contributed(event.acknowledgedBy());
    }

    @EventSourcingHandler
    void on(ReviewSubmitted event) {
        status = ReviewStatus.IN_REVIEW;
        contributed(event.submittedBy());
    }

    @EventSourcingHandler
    void on(ChangesRequested event) {
        status = ReviewStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ReviewApproved event) {
        status = ReviewStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ReviewPublished event) {
        status = ReviewStatus.PUBLISHED;
    }
}
