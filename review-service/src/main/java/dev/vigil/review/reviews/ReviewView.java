package dev.vigil.review.reviews;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.contracts.review.ReviewStatus;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A review as its readers see it: the sections with who wrote them last, factors, comments, acknowledged
 * findings, the workflow's steps and who took them. Built only by {@link #apply}, for now or any past instant.
 * {@code findings} and {@code actionItems} are filled when the view is served (they depend on the incident's
 * people and on other records); stored views leave them empty.
 *
 * @param contributors subjects of everyone who wrote or edited it: none of them may approve it
 * @param version      sequence number of its last event (the ETag)
 */
public record ReviewView(UUID id, UUID incidentId, String incidentKey, String title, String systemId, Severity severity,
                         ReviewStatus status, boolean automatic, Person openedBy, Instant openedAt,
                         Map<String, SectionView> sections, List<FactorView> factors, List<CommentView> comments,
                         List<Acknowledgement> acknowledgements, List<Resolution> resolutions, List<Step> history,
                         List<String> contributors, String noActionItemsReason, Person approvedBy, Instant approvedAt,
                         Instant publishedAt, List<FindingView> findings, List<ActionItemsOfReview.Item> actionItems,
                         Instant lastChangedAt, long version) {

    public ReviewView {
        sections = sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        factors = factors == null ? List.of() : List.copyOf(factors);
        comments = comments == null ? List.of() : List.copyOf(comments);
        acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        history = history == null ? List.of() : List.copyOf(history);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        findings = findings == null ? List.of() : List.copyOf(findings);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    /** {@code prefilled}: the text came from the incident's facts and no person has written the section yet. */
    public record SectionView(String text, boolean prefilled, Person writtenBy, Instant writtenAt, int revisions) {
    }

    public record FactorView(UUID id, FactorCategory category, ControlLayer layer, String controlId, String description,
                             Person addedBy, Instant addedAt, boolean withdrawn, String withdrawalReason) {
    }

    public record CommentView(UUID id, String section, String text, Person author, Instant addedAt, boolean resolved,
                              Person resolvedBy, Instant resolvedAt) {
    }

    public record Acknowledgement(UUID findingId, String section, String sentence, String ruleId, String justification,
                                  Person acknowledgedBy, Instant acknowledgedAt) {
    }

    public record Resolution(String reason, Instant resolvedAt, boolean reResolution) {
    }

    /** A workflow step: from, to, by whom, with the note or the requested changes. */
    public record Step(ReviewStatus from, ReviewStatus to, String note, Person by, Instant at) {
    }

    public record FindingView(UUID id, String section, String sentence, List<String> matched, String ruleId,
                              String suggestion, boolean acknowledged) {
    }

    /** The factors that stand (not withdrawn), with their descriptions, for the blameless check. */
    public Map<UUID, String> activeFactors() {
        Map<UUID, String> active = new LinkedHashMap<>();
        factors.stream().filter(f -> !f.withdrawn()).forEach(f -> active.put(f.id(), f.description()));
        return active;
    }

    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((k, v) -> texts.put(k, v.text()));
        return texts;
    }

    public ReviewView with(List<FindingView> findings, List<ActionItemsOfReview.Item> actionItems) {
        return new ReviewView(id, incidentId, incidentKey, title, systemId, severity, status, automatic, openedBy,
                openedAt, sections, factors, comments, acknowledgements, resolutions, history, contributors,
                noActionItemsReason, approvedBy, approvedAt, publishedAt, findings, actionItems, lastChangedAt, version);
    }

    /** The view after one more event; {@code view} is null before the opening. */
    public static ReviewView apply(ReviewView view, Object event, long sequence, Instant time) {
        if (event instanceof ReviewOpened e) {
            return new ReviewView(e.reviewId(), e.incidentId(), e.incidentKey(), e.title(), e.systemId(), e.severity(),
                    ReviewStatus.DRAFT, e.automatic(), e.openedBy(), e.openedAt(), Map.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), e.openedBy() == null ? List.of() : List.of(e.openedBy().subject()),
                    null, null, null, null, List.of(), List.of(), time, sequence);
        }
        if (view == null) {
            return null;
        }
        Map<String, SectionView> sections = new LinkedHashMap<>(view.sections);
        List<FactorView> factors = new ArrayList<>(view.factors);
        List<CommentView> comments = new ArrayList<>(view.comments);
        List<Acknowledgement> acks = new ArrayList<>(view.acknowledgements);
        List<Resolution> resolutions = new ArrayList<>(view.resolutions);
        List<Step> history = new ArrayList<>(view.history);
        LinkedHashSet<String> contributors = new LinkedHashSet<>(view.contributors);
        ReviewStatus status = view.status;
        String noItemsReason = view.noActionItemsReason;
        Person approvedBy = view.approvedBy;
        Instant approvedAt = view.approvedAt;
        Instant publishedAt = view.publishedAt;
        switch (event) {
            case SectionsPrefilled e -> e.sections().forEach((k, text) -> {
                SectionView before = sections.get(k);
                sections.put(k, new SectionView(text, true, null, e.prefilledAt(),
                        before == null ? 0 : before.revisions()));
            });
            case SectionWritten e -> {
                SectionView before = sections.get(e.section());
                sections.put(e.section(), new SectionView(e.text(), false, e.writtenBy(), e.writtenAt(),
                        before == null ? 1 : before.revisions() + 1));
                contributors.add(e.writtenBy().subject());
            }
            case FactorAdded e -> {
                factors.add(new FactorView(e.factorId(), e.category(), e.layer(), e.controlId(), e.description(),
                        e.addedBy(), e.addedAt(), false, null));
                contributors.add(e.addedBy().subject());
            }
            case FactorWithdrawn e -> {
                factors.replaceAll(f -> f.id().equals(e.factorId()) ? new FactorView(f.id(), f.category(), f.layer(),
                        f.controlId(), f.description(), f.addedBy(), f.addedAt(), true, e.reason()) : f);
                contributors.add(e.withdrawnBy().subject());
            }
            case CommentAdded e -> comments.add(new CommentView(e.commentId(), e.section(), e.text(), e.author(),
                    e.addedAt(), false, null, null));
            case CommentResolved e -> comments.replaceAll(c -> c.id().equals(e.commentId()) ? new CommentView(c.id(),
                    c.section(), c.text(), c.author(), c.addedAt(), true, e.resolvedBy(), e.resolvedAt()) : c);
            case FindingAcknowledged e -> {
                acks.add(new Acknowledgement(e.findingId(), e.section(), e.sentence(), e.ruleId(), e.justification(),
                        e.acknowledgedBy(), e.acknowledgedAt()));
                contributors.add(e.acknowledgedBy().subject());
            }
            case IncidentResolutionNoted e -> resolutions.add(new Resolution(e.reason(), e.resolvedAt(), e.reResolution()));
            case ReviewSubmitted e -> {
                history.add(new Step(status, ReviewStatus.IN_REVIEW, e.noActionItemsReason(), e.submittedBy(),
                        e.submittedAt()));
                status = ReviewStatus.IN_REVIEW;
                noItemsReason = e.noActionItemsReason();
                contributors.add(e.submittedBy().subject());
            }
            case ChangesRequested e -> {
                history.add(new Step(status, ReviewStatus.DRAFT, e.changes(), e.requestedBy(), e.requestedAt()));
                status = ReviewStatus.DRAFT;
            }
            case ReviewApproved e -> {
                history.add(new Step(status, ReviewStatus.APPROVED, e.note(), e.approvedBy(), e.approvedAt()));
                status = ReviewStatus.APPROVED;
                approvedBy = e.approvedBy();
                approvedAt = e.approvedAt();
            }
            case ReviewPublished e -> {
                history.add(new Step(status, ReviewStatus.PUBLISHED, null, e.publishedBy(), e.publishedAt()));
                status = ReviewStatus.PUBLISHED;
                publishedAt = e.publishedAt();
            }
            default -> {
                return view;
            }
        }
        return new ReviewView(view.id, view.incidentId, view.incidentKey, view.title, view.systemId, view.severity,
                status, view.automatic, view.openedBy, view.openedAt, sections, factors, comments, acks, resolutions,
                history, List.copyOf(contributors), noItemsReason, approvedBy, approvedAt, publishedAt, List.of(),
                List.of(), time, sequence);
    }
}
