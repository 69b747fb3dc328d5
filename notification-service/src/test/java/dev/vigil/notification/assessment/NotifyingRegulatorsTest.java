package dev.vigil.notification.assessment;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.assessment.DraftCommands.AcknowledgeSubmission;
import dev.vigil.notification.assessment.DraftCommands.ApproveDraft;
import dev.vigil.notification.assessment.DraftCommands.CreateDraft;
import dev.vigil.notification.assessment.DraftCommands.EditDraft;
import dev.vigil.notification.assessment.DraftCommands.SubmitDraft;
import dev.vigil.notification.events.CaseOpened;
import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.DeterminationsRecorded;
import dev.vigil.notification.events.DraftAcknowledged;
import dev.vigil.notification.events.DraftApproved;
import dev.vigil.notification.events.DraftCreated;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftEdited;
import dev.vigil.notification.events.DraftRef;
import dev.vigil.notification.events.DraftSubmitted;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.notification.events.ObligationSetAside;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.obligations.CompetentAuthority;
import dev.vigil.notification.obligations.LegalEntity;
import dev.vigil.notification.obligations.Nis2EntityType;
import dev.vigil.notification.obligations.Obligation;
import dev.vigil.notification.obligations.OrganisationProfile;
import dev.vigil.notification.obligations.Regime;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.problem.StaleVersionException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.security.SeparationOfDuties.SeparationOfDutiesViolation;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.vigil.notification.assessment.IncidentObligationsTest.ART_73;
import static dev.vigil.notification.assessment.IncidentObligationsTest.AWARE;
import static dev.vigil.notification.assessment.IncidentObligationsTest.CONNIE;
import static dev.vigil.notification.assessment.IncidentObligationsTest.ENGINE;
import static dev.vigil.notification.assessment.IncidentObligationsTest.INCIDENT;
import static dev.vigil.notification.assessment.IncidentObligationsTest.NOW;
import static dev.vigil.notification.assessment.IncidentObligationsTest.PROFILE;
import static dev.vigil.notification.assessment.IncidentObligationsTest.SYSTEM;
import static dev.vigil.notification.assessment.IncidentObligationsTest.art73Found;
import static dev.vigil.notification.assessment.IncidentObligationsTest.seriousRecorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The rules of a regulator notification, one test each: a draft per stage from its template, edits
 * as revisions by their writers, approval by a second compliance officer who wrote none of it (an
 * edit withdraws it), a submission only of the approved text and not in the future, the authority's
 * acknowledgement; a submission is a fact of the obligation. Every refusal records nothing.
 */
class NotifyingRegulatorsTest {

    static final Person CLEO = new Person("cleo", "Cleo Compliance");
    static final Person CARLOS = new Person("carlos", "Carlos Compliance");
    static final Instant LATER = NOW.plus(Duration.ofHours(2));
    static final UUID ART_73_ID = ObligationIds.of(INCIDENT, ART_73);
    static final UUID DRAFT = ObligationIds.draft(ART_73_ID, "report");
    static final DraftDocument TEXT = new DraftDocument("Serious incident report",
            List.of(new DraftDocument.Section("what-happened", "What happened", "A patient died.")));
    static final DraftDocument EDITED = new DraftDocument("Serious incident report",
            List.of(new DraftDocument.Section("what-happened", "What happened", "A patient died after the advice.")));

    private OrganisationProfile profile = PROFILE;
    private AggregateTestFixture<IncidentObligations> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IncidentObligations.class);
        fixture.registerInjectableResource(Clock.fixed(LATER, ZoneOffset.UTC));
        fixture.registerInjectableResource(ENGINE);
        fixture.registerInjectableResource(new CaseInputs() {
            @Override
            public Inputs of(UUID incidentId) {
                return new Inputs(profile, SYSTEM, IncidentObligationsTest.facts(
                        dev.vigil.contracts.incident.HarmRealisation.INCIDENT, 1));
            }

            @Override
            public List<UUID> incidents() {
                return List.of(INCIDENT);
            }

            @Override
            public List<UUID> incidentsOnSystem(String systemId) {
                return List.of(INCIDENT);
            }
        });
        fixture.registerInjectableResource(new PersistentScheduler(null, List.of(), Clock.systemUTC(), Duration.ofDays(1)) {
            @Override
            public <T> boolean schedule(TaskInstance<T> instance, Instant at) {
                return true;
            }
        });
    }

    static DraftRef ref() {
        ObligationFound found = art73Found();
        ObligationTerms t = found.terms();
        return new DraftRef(DRAFT, new ObligationRef(found.obligationId(), t.key(), t.ruleId(), t.regime(), t.title(),
                t.authorityJurisdiction()), "report", t.stages().getFirst().name(), t.authorityName());
    }

    static DraftCreated drafted(Person by) {
        return new DraftCreated(INCIDENT, ref(), "eu-ai-act-art-73", TEXT, by, NOW);
    }

    static DraftApproved approved(int revision, Person by) {
        return new DraftApproved(INCIDENT, ref(), revision, by, NOW.plusSeconds(60));
    }

    static Object[] art73() {
        return new Object[]{new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found()};
    }

    static Object[] with(Object... more) {
        List<Object> events = new ArrayList<>(List.of(art73()));
        events.addAll(List.of(more));
        return events.toArray();
    }

    static SubmitDraft submit(int revision, Instant at) {
        return new SubmitDraft(INCIDENT, DRAFT, revision, "BNetzA reporting portal", "BNetzA-2026-4711", at, "pdf",
                "ab".repeat(32), CARLOS);
    }

    private static List<Object> recorded(ResultValidator<?> result) {
        List<Object> payloads = new ArrayList<>();
        result.expectEventsMatching(Matchers.predicate((List<EventMessage<?>> events) -> {
            events.forEach(e -> payloads.add(e.getPayload()));
            return true;
        }));
        return payloads;
    }

    @Test
    void a_stage_is_drafted_from_its_template_as_revision_one_by_its_writer() {
        fixture.given(art73())
                .when(new CreateDraft(INCIDENT, ART_73_ID, "report", "eu-ai-act-art-73", TEXT, CLEO))
                .expectEvents(new DraftCreated(INCIDENT, ref(), "eu-ai-act-art-73", TEXT, CLEO, LATER));
    }

    @Test
    void a_stage_has_one_draft() {
        fixture.given(with(drafted(CLEO)))
                .when(new CreateDraft(INCIDENT, ART_73_ID, "report", "eu-ai-act-art-73", TEXT, CLEO))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("already has a draft"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_stage_or_obligation_is_not_found_and_an_obligation_not_open_is_not_drafted() {
        fixture.given(art73())
                .when(new CreateDraft(INCIDENT, ART_73_ID, "final-report", "eu-ai-act-art-73", TEXT, CLEO))
                .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(art73())
                .when(new CreateDraft(INCIDENT, UUID.randomUUID(), "report", "eu-ai-act-art-73", TEXT, CLEO))
                .expectException(NotFoundException.class).expectNoEvents();
        ObligationSetAside setAside = new ObligationSetAside(INCIDENT, ref().obligation(), "Not placed on the market",
                CONNIE, NOW);
        fixture.given(with(setAside))
                .when(new CreateDraft(INCIDENT, ART_73_ID, "report", "eu-ai-act-art-73", TEXT, CLEO))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("only an open obligation"))
                .expectNoEvents();
    }

    @Test
    void an_edit_is_a_new_revision_by_its_editor() {
        fixture.given(with(drafted(CLEO)))
                .when(new EditDraft(INCIDENT, DRAFT, 1, EDITED, CONNIE))
                .expectEvents(new DraftEdited(INCIDENT, ref(), 2, EDITED, false, CONNIE, LATER));
    }

    @Test
    void an_edit_from_a_revision_no_longer_current_is_refused() {
        fixture.given(with(drafted(CLEO), new DraftEdited(INCIDENT, ref(), 2, EDITED, false, CONNIE, NOW)))
                .when(new EditDraft(INCIDENT, DRAFT, 1, TEXT, CLEO))
                .expectException(StaleVersionException.class)
                .expectNoEvents();
    }

    @Test
    void an_edit_that_changes_nothing_is_refused() {
        fixture.given(with(drafted(CLEO)))
                .when(new EditDraft(INCIDENT, DRAFT, null, TEXT, CLEO))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("nothing differs"))
                .expectNoEvents();
    }

    @Test
    void an_edit_after_approval_withdraws_the_approval() {
        fixture.given(with(drafted(CLEO), approved(1, CARLOS)))
                .when(new EditDraft(INCIDENT, DRAFT, 1, EDITED, CLEO))
                .expectEvents(new DraftEdited(INCIDENT, ref(), 2, EDITED, true, CLEO, LATER));
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), new DraftEdited(INCIDENT, ref(), 2, EDITED, true, CLEO, NOW)))
                .when(submit(2, LATER))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("only an approved notification"))
                .expectNoEvents();
    }

    @Test
    void a_second_compliance_officer_who_wrote_none_of_it_approves() {
        fixture.given(with(drafted(CLEO)))
                .when(new ApproveDraft(INCIDENT, DRAFT, 1, CARLOS))
                .expectEvents(new DraftApproved(INCIDENT, ref(), 1, CARLOS, LATER));
    }

    @Test
    void approving_your_own_draft_is_refused_and_records_nothing() {
        fixture.given(with(drafted(CLEO)))
                .when(new ApproveDraft(INCIDENT, DRAFT, null, CLEO))
                .expectException(SeparationOfDutiesViolation.class)
                .expectExceptionMessage(containsString("separation of duties"))
                .expectNoEvents();
    }

    @Test
    void a_draft_with_a_placeholder_of_the_template_left_is_not_approved() {
        DraftDocument unfinished = new DraftDocument("Report", List.of(new DraftDocument.Section("measures",
                "Measures taken", DraftDocument.PLACEHOLDER + " the measures taken]")));
        fixture.given(with(new DraftCreated(INCIDENT, ref(), "eu-ai-act-art-73", unfinished, CLEO, NOW)))
                .when(new ApproveDraft(INCIDENT, DRAFT, null, CARLOS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("Measures taken"))
                .expectNoEvents();
    }

    @Test
    void whoever_edited_it_may_not_approve_it_either() {
        fixture.given(with(drafted(CLEO), new DraftEdited(INCIDENT, ref(), 2, EDITED, false, CARLOS, NOW)))
                .when(new ApproveDraft(INCIDENT, DRAFT, null, CARLOS))
                .expectException(SeparationOfDutiesViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_approved_revision_is_not_approved_twice() {
        fixture.given(with(drafted(CLEO), approved(1, CARLOS)))
                .when(new ApproveDraft(INCIDENT, DRAFT, null, CONNIE))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("already approved"))
                .expectNoEvents();
    }

    @Test
    void submitting_an_unapproved_draft_is_refused_and_records_nothing() {
        fixture.given(with(drafted(CLEO)))
                .when(submit(1, LATER))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("only an approved notification can be submitted"))
                .expectNoEvents();
    }

    @Test
    void a_submission_time_in_the_future_is_refused_and_records_nothing() {
        fixture.given(with(drafted(CLEO), approved(1, CARLOS)))
                .when(submit(1, LATER.plusSeconds(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("submittedAt"))
                .expectNoEvents();
    }

    @Test
    void a_submission_before_the_approval_is_refused() {
        fixture.given(with(drafted(CLEO), approved(1, CARLOS)))
                .when(submit(1, NOW))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("cannot have been sent before"))
                .expectNoEvents();
    }

    @Test
    void a_submission_marks_the_stage_submitted_on_time_and_its_clocks_fall_silent() {
        List<Object> events = recorded(fixture.given(with(drafted(CLEO), approved(1, CARLOS)))
                .when(submit(1, LATER))
                .expectSuccessfulHandlerExecution());
        DraftSubmitted submitted = (DraftSubmitted) events.get(0);
        assertThat(submitted.submittedBy()).isEqualTo(CARLOS);
        assertThat(submitted.dueAt()).isEqualTo(AWARE.plus(Duration.ofDays(10)));
        assertThat(submitted.submittedAt()).isBefore(submitted.dueAt());
        assertThat(submitted.sha256()).isEqualTo("ab".repeat(32));
        ObligationChanged changed = (ObligationChanged) events.get(1);
        assertThat(changed.terms().stages().getFirst().submittedAt()).isEqualTo(LATER);
        assertThat(changed.changes()).contains("stage report: due " + AWARE.plus(Duration.ofDays(10))
                + " → submitted " + LATER);
        assertThat(changed.cause()).contains("submission of report", "by carlos", "BNetzA-2026-4711");
        assertThat(events).hasSize(2);
    }

    @Test
    void editing_a_submitted_draft_is_refused_and_records_nothing() {
        DraftSubmitted sent = new DraftSubmitted(INCIDENT, ref(), 1, "portal", "R-1", LATER, "pdf", "ab".repeat(32),
                AWARE.plus(Duration.ofDays(10)), false, CARLOS, LATER);
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), sent))
                .when(new EditDraft(INCIDENT, DRAFT, null, EDITED, CLEO))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("cannot be edited"))
                .expectNoEvents();
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), sent))
                .when(submit(1, LATER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void the_authority_acknowledges_a_submitted_notification_once_and_not_before_it_was_sent() {
        DraftSubmitted sent = new DraftSubmitted(INCIDENT, ref(), 1, "portal", "R-1", NOW.plusSeconds(120), "pdf",
                "ab".repeat(32), AWARE.plus(Duration.ofDays(10)), false, CARLOS, NOW.plusSeconds(120));
        fixture.given(with(drafted(CLEO)))
                .when(new AcknowledgeSubmission(INCIDENT, DRAFT, "ACK-1", LATER, CLEO))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), sent))
                .when(new AcknowledgeSubmission(INCIDENT, DRAFT, "ACK-1", NOW, CLEO))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), sent))
                .when(new AcknowledgeSubmission(INCIDENT, DRAFT, "ACK-1", LATER.plusSeconds(1), CLEO))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), sent))
                .when(new AcknowledgeSubmission(INCIDENT, DRAFT, "ACK-1", LATER, CLEO))
                .expectEvents(new DraftAcknowledged(INCIDENT, ref(), "ACK-1", LATER, CLEO, LATER));
        fixture.given(with(drafted(CLEO), approved(1, CARLOS), sent,
                        new DraftAcknowledged(INCIDENT, ref(), "ACK-1", LATER, CLEO, LATER)))
                .when(new AcknowledgeSubmission(INCIDENT, DRAFT, "ACK-2", LATER, CLEO))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void nis2s_final_report_gets_its_deadline_one_month_after_the_notification_is_submitted() {
        profile = new OrganisationProfile(List.of(new LegalEntity("Vigil Assist GmbH", "DE")), true, null, null, true,
                Nis2EntityType.ESSENTIAL, "digital infrastructure", null, null, null, null,
                List.of(new CompetentAuthority(Regime.NIS2, "DE", "BSI", ZoneId.of("Europe/Berlin"))));
        Determinations significant = new Determinations(true, null, null, null, null, null, null, true, null, null,
                null, null, null, null, null, null, null);
        Obligation nis2 = ENGINE.compute(profile, SYSTEM, IncidentObligationsTest.facts(
                        dev.vigil.contracts.incident.HarmRealisation.INCIDENT, 1), EngineTerms.engine(significant), List.of())
                .stream().filter(o -> o.ruleId().equals("nis2-art-23")).findFirst().orElseThrow();
        ObligationTerms terms = EngineTerms.terms(nis2);
        UUID id = ObligationIds.of(INCIDENT, terms.key());
        assertThat(terms.stages().get(2).dueAt()).as("the final report waits for the notification").isNull();
        DraftRef ref = new DraftRef(ObligationIds.draft(id, "notification"), new ObligationRef(id, terms.key(),
                terms.ruleId(), terms.regime(), terms.title(), terms.authorityJurisdiction()), "notification",
                "Incident notification", "BSI");
        List<Object> events = recorded(fixture.given(new CaseOpened(INCIDENT, NOW),
                        new DeterminationsRecorded(INCIDENT, 1, significant, List.of("seriousIncident",
                                "nis2SignificantIncident"), "Significant", CONNIE, NOW),
                        new ObligationFound(INCIDENT, id, terms, "determinations revision 1", NOW),
                        new DraftCreated(INCIDENT, ref, "nis2-art-23", TEXT, CLEO, NOW),
                        new DraftApproved(INCIDENT, ref, 1, CARLOS, NOW))
                .when(new SubmitDraft(INCIDENT, ref.draftId(), 1, "BSI portal", "BSI-77", LATER, "pdf", "ab".repeat(32),
                        CARLOS))
                .expectSuccessfulHandlerExecution());
        ObligationChanged changed = events.stream().filter(ObligationChanged.class::isInstance)
                .map(ObligationChanged.class::cast).filter(c -> c.obligationId().equals(id)).findFirst().orElseThrow();
        ObligationTerms.Stage fin = changed.terms().stages().stream().filter(s -> s.id().equals("final-report"))
                .findFirst().orElseThrow();
        assertThat(fin.startsAt()).isEqualTo(LATER);
        assertThat(fin.dueAt()).isEqualTo(LATER.atZone(ZoneId.of("Europe/Berlin")).plusMonths(1).toInstant());
        assertThat(changed.changes()).anySatisfy(c -> assertThat(c).startsWith("stage final-report: waiting for notification → due"));
    }
}
