package dev.vigil.review.reviews;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.contracts.review.ReviewStatus;
import dev.vigil.platform.problem.ConflictException;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a post-incident review, one test each; every refusal records nothing. */
class ReviewTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant RESOLVED = Instant.parse("2026-11-21T18:00:00Z");
    static final UUID INCIDENT = UUID.fromString("7ae0d455-895b-4fdf-968d-6ea862f57bc4");
    static final UUID ID = ReviewCommands.reviewIdOf(INCIDENT);
    static final UUID FACTOR = UUID.fromString("5e0c0e00-0000-4000-8000-00000000000f");
    static final UUID COMMENT = UUID.fromString("5e0c0e00-0000-4000-8000-00000000000c");
    static final Person ROSA = new Person("rosa", "Rosa Reviewer");
    static final Person CORA = new Person("cora", "Cora Committee");
    static final Person COLE = new Person("cole", "Cole Committee");
    static final List<String> PEOPLE = List.of("carl", "Carl Commander");
    static final Map<String, String> PREFILL = Map.of("summary", "INC-2026-0001: Bot advice.", "timeline",
            "- 2026-11-20T08:00:00Z Detected.");
    static final String BLAMING = "Carl failed to check the output.";

    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Review.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static NoteIncidentResolved resolved(Instant at, Map<String, String> prefill) {
        return new NoteIncidentResolved(ID, INCIDENT, "INC-2026-0001", "Bot advice", "support-bot", Severity.SEV1,
                prefill, "Fix deployed", at);
    }

    static ReviewOpened opened() {
        return new ReviewOpened(ID, INCIDENT, "INC-2026-0001", "Bot advice", "support-bot", Severity.SEV1, true, null, NOW);
    }

    static SectionWritten written(String section, String text, Person by) {
        return new SectionWritten(ID, section, text, by, NOW);
    }

    /** A draft with every required section, a factor, by Rosa. */
    static List<Object> complete() {
        List<Object> events = new ArrayList<>(List.of(opened(), new SectionsPrefilled(ID, PREFILL, NOW),
                new IncidentResolutionNoted(ID, INCIDENT, "Fix deployed", RESOLVED, false)));
        for (Section s : Section.values()) {
            if (s.required()) {
                events.add(written(s.key(), "The " + s.key() + " as the team saw it.", ROSA));
            }
        }
        events.add(new FactorAdded(ID, FACTOR, FactorCategory.MONITORING_GAP, ControlLayer.MONITORING_DETECTION, null,
                "No alert on dosage answers to minors", ROSA, NOW));
        return events;
    }

    static List<Object> inReview() {
        List<Object> events = complete();
        events.add(new ReviewSubmitted(ID, null, ROSA, NOW));
        return events;
    }

    static List<Object> approved() {
        List<Object> events = inReview();
        events.add(new ReviewApproved(ID, null, CORA, NOW));
        return events;
    }

    @Test
    void the_first_resolution_opens_the_review_prefilled_from_the_incident() {
        fixture.givenNoPriorActivity()
                .when(resolved(RESOLVED, PREFILL))
                .expectEvents(opened(), new SectionsPrefilled(ID, PREFILL, NOW),
                        new IncidentResolutionNoted(ID, INCIDENT, "Fix deployed", RESOLVED, false));
    }

    @Test
    void the_same_resolution_again_opens_nothing_and_notes_nothing() {
        fixture.given(opened(), new IncidentResolutionNoted(ID, INCIDENT, "Fix deployed", RESOLVED, false))
                .when(resolved(RESOLVED, PREFILL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_re_resolution_is_noted_on_the_same_review_and_refreshes_only_the_sections_nobody_wrote() {
        Instant again = RESOLVED.plusSeconds(7200);
        fixture.given(opened(), new SectionsPrefilled(ID, PREFILL, NOW),
                        new IncidentResolutionNoted(ID, INCIDENT, "Fix deployed", RESOLVED, false),
                        written("summary", "Our own summary.", ROSA))
                .when(resolved(again, Map.of("summary", "New facts summary.", "timeline", "- new timeline")))
                .expectEvents(new IncidentResolutionNoted(ID, INCIDENT, "Fix deployed", again, true),
                        new SectionsPrefilled(ID, Map.of("timeline", "- new timeline"), NOW));
    }

    @Test
    void a_second_review_of_the_same_incident_cannot_be_opened_by_hand() {
        fixture.given(opened())
                .when(new OpenReview(ID, INCIDENT, "INC-2026-0001", "Bot advice", "support-bot", Severity.SEV1, PREFILL, ROSA))
                .expectException(ConflictException.class)
                .expectExceptionMessage("the incident already has its review " + ID)
                .expectNoEvents();
    }

    @Test
    void a_reviewer_opens_a_review_of_a_hazard_by_hand() {
        UUID hazard = UUID.fromString("5e0c0e00-0000-4000-8000-0000000000aa");
        fixture.givenNoPriorActivity()
                .when(new OpenReview(hazard, null, null, "Near miss: jailbreak in red team", "support-bot", null,
                        Map.of(), ROSA))
                .expectEvents(new ReviewOpened(hazard, null, null, "Near miss: jailbreak in red team", "support-bot",
                        null, false, ROSA, NOW));
    }

    @Test
    void a_section_save_records_the_text_and_who_wrote_it() {
        fixture.given(opened())
                .when(new WriteSection(ID, Section.DETECTION, "  A user report reached support. ", ROSA, null))
                .expectEvents(written("detection", "A user report reached support.", ROSA));
    }

    @Test
    void the_same_text_saved_again_records_nothing() {
        fixture.given(opened(), written("detection", "A user report.", ROSA))
                .when(new WriteSection(ID, Section.DETECTION, "A user report.", ROSA, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_review_in_review_cannot_be_edited() {
        fixture.given(inReview())
                .when(new WriteSection(ID, Section.LESSONS, "More lessons.", ROSA, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void a_refresh_never_overwrites_a_written_section() {
        fixture.given(opened(), new SectionsPrefilled(ID, PREFILL, NOW), written("summary", "Ours.", ROSA))
                .when(new RefreshFromIncident(ID, Map.of("summary", "Theirs.", "timeline", PREFILL.get("timeline"),
                        "impact", "3 people."), null))
                .expectEvents(new SectionsPrefilled(ID, Map.of("impact", "3 people."), NOW));
    }

    @Test
    void a_contributing_factor_names_its_category_and_the_layer_that_failed() {
        fixture.given(opened())
                .when(new AddFactor(ID, FACTOR, FactorCategory.EVALUATION_GAP, ControlLayer.PRE_DEPLOYMENT_EVALUATION,
                        "CTL-RT-01", " No evaluation covered minors ", ROSA, null))
                .expectEvents(new FactorAdded(ID, FACTOR, FactorCategory.EVALUATION_GAP,
                        ControlLayer.PRE_DEPLOYMENT_EVALUATION, "CTL-RT-01", "No evaluation covered minors", ROSA, NOW));
    }

    @Test
    void a_factor_is_withdrawn_with_a_reason_and_an_unknown_one_is_not_found() {
        fixture.given(complete())
                .when(new WithdrawFactor(ID, FACTOR, "Duplicate", ROSA, null))
                .expectEvents(new FactorWithdrawn(ID, FACTOR, "Duplicate", ROSA, NOW));
        fixture.given(complete())
                .when(new WithdrawFactor(ID, UUID.randomUUID(), "Duplicate", ROSA, null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void comments_are_resolved_not_deleted_and_only_once() {
        fixture.given(opened())
                .when(new AddComment(ID, COMMENT, Section.IMPACT, "Count the minors?", CORA))
                .expectEvents(new CommentAdded(ID, COMMENT, "impact", "Count the minors?", CORA, NOW));
        fixture.given(opened(), new CommentAdded(ID, COMMENT, "impact", "Count the minors?", CORA, NOW))
                .when(new ResolveComment(ID, COMMENT, ROSA))
                .expectEvents(new CommentResolved(ID, COMMENT, ROSA, NOW));
        fixture.given(opened(), new CommentAdded(ID, COMMENT, "impact", "?", CORA, NOW),
                        new CommentResolved(ID, COMMENT, ROSA, NOW))
                .when(new ResolveComment(ID, COMMENT, ROSA))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new ResolveComment(ID, COMMENT, ROSA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void an_approved_review_takes_no_more_comments() {
        fixture.given(approved())
                .when(new AddComment(ID, COMMENT, Section.IMPACT, "Late thought", CORA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void a_current_finding_is_acknowledged_with_its_justification_on_the_record() {
        BlamelessFinding finding = Findings.of(Map.of("response-and-recovery", BLAMING), Map.of(), PEOPLE).getFirst();
        fixture.given(opened(), written("response-and-recovery", BLAMING, ROSA))
                .when(new AcknowledgeFinding(ID, idIn("response-and-recovery"), "Quoted from the user's complaint",
                        PEOPLE, ROSA))
                .expectEvents(new FindingAcknowledged(ID, idIn("response-and-recovery"), "response-and-recovery",
                        BLAMING, finding.ruleId(), "Quoted from the user's complaint", ROSA, NOW));
    }

    @Test
    void a_finding_the_text_no_longer_gives_cannot_be_acknowledged_nor_one_twice() {
        fixture.given(opened(), written("response-and-recovery", "The output was not checked.", ROSA))
                .when(new AcknowledgeFinding(ID, idIn("response-and-recovery"), "Why", PEOPLE, ROSA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(opened(), written("response-and-recovery", BLAMING, ROSA),
                        new FindingAcknowledged(ID, idIn("response-and-recovery"), "response-and-recovery", BLAMING,
                                "failed-to", "Why", ROSA, NOW))
                .when(new AcknowledgeFinding(ID, idIn("response-and-recovery"), "Why", PEOPLE, ROSA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void submission_needs_the_required_sections_a_factor_and_an_action_item_or_a_reason_for_none() {
        fixture.given(opened())
                .when(new SubmitReview(ID, null, 0, PEOPLE, ROSA, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("sections.detection"),
                        org.hamcrest.Matchers.containsString("sections.lessons"),
                        org.hamcrest.Matchers.containsString("factors"),
                        org.hamcrest.Matchers.containsString("actionItems")))
                .expectNoEvents();
    }

    @Test
    void a_complete_draft_is_submitted_with_the_reason_for_having_no_action_items() {
        fixture.given(complete())
                .when(new SubmitReview(ID, " The fix was the whole remedy ", 0, PEOPLE, ROSA, null))
                .expectEvents(new ReviewSubmitted(ID, "The fix was the whole remedy", ROSA, NOW));
        fixture.given(complete())
                .when(new SubmitReview(ID, "ignored when there are items", 2, PEOPLE, ROSA, null))
                .expectEvents(new ReviewSubmitted(ID, null, ROSA, NOW));
    }

    @Test
    void an_unacknowledged_blameless_finding_blocks_submission_in_a_section_or_a_factor() {
        List<Object> blaming = complete();
        blaming.add(written("lessons", BLAMING, ROSA));
        fixture.given(blaming)
                .when(new SubmitReview(ID, null, 1, PEOPLE, ROSA, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("findings"))
                .expectNoEvents();
        List<Object> factor = complete();
        factor.add(new FactorAdded(ID, UUID.randomUUID(), FactorCategory.HUMAN_FACTORS, ControlLayer.HUMAN_OVERSIGHT, null,
                "Carl was careless with the rollback.", ROSA, NOW));
        fixture.given(factor)
                .when(new SubmitReview(ID, null, 1, PEOPLE, ROSA, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void an_acknowledged_finding_no_longer_blocks_submission() {
        List<Object> events = complete();
        events.add(written("lessons", BLAMING, ROSA));
        events.add(new FindingAcknowledged(ID, idIn("lessons"), "lessons", BLAMING, "failed-to", "A quotation", ROSA, NOW));
        fixture.given(events)
                .when(new SubmitReview(ID, null, 1, PEOPLE, ROSA, null))
                .expectEvents(new ReviewSubmitted(ID, null, ROSA, NOW));
    }

    @Test
    void an_illegal_move_is_refused_naming_the_allowed_ones() {
        fixture.given(inReview())
                .when(new SubmitReview(ID, null, 1, PEOPLE, ROSA, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage("a review in IN_REVIEW cannot move to IN_REVIEW; allowed: [DRAFT, APPROVED]")
                .expectNoEvents();
        fixture.given(complete())
                .when(new ApproveReview(ID, null, CORA, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(inReview())
                .when(new PublishReview(ID, CORA, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void the_committee_sends_a_review_back_to_draft_with_the_changes_it_wants() {
        fixture.given(inReview())
                .when(new RequestChanges(ID, " Name the monitoring gap ", CORA, null))
                .expectEvents(new ChangesRequested(ID, "Name the monitoring gap", CORA, NOW))
                .expectState(r -> assertThat(ReviewWorkflow.allowed(ReviewStatus.DRAFT)).contains(ReviewStatus.IN_REVIEW));
    }

    @Test
    void nobody_who_wrote_or_edited_the_review_approves_it() {
        List<Object> events = complete();
        events.add(new CommentAdded(ID, COMMENT, "impact", "?", COLE, NOW));
        events.add(written("what-went-well", "Rollback was quick.", CORA));
        events.add(new ReviewSubmitted(ID, null, ROSA, NOW));
        fixture.given(events)
                .when(new ApproveReview(ID, null, CORA, null))
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class)
                .expectNoEvents();
        fixture.given(events)
                .when(new ApproveReview(ID, null, ROSA, null))
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class)
                .expectNoEvents();
        // a comment is not an edit
        fixture.given(events)
                .when(new ApproveReview(ID, "Clear and blameless", COLE, null))
                .expectEvents(new ReviewApproved(ID, "Clear and blameless", COLE, NOW));
    }

    @Test
    void an_approved_review_is_published_for_its_incident() {
        fixture.given(approved())
                .when(new PublishReview(ID, ROSA, null))
                .expectEvents(new ReviewPublished(ID, INCIDENT, ROSA, NOW));
    }

    private static UUID idIn(String section) {
        return BlamelessFinding.idOf(section, BLAMING, "failed-to");
    }
}
