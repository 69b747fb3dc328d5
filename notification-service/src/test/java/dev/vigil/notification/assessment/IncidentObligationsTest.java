package dev.vigil.notification.assessment;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.assessment.ObligationCommands.FireClock;
import dev.vigil.notification.assessment.ObligationCommands.MarkNotApplicable;
import dev.vigil.notification.assessment.ObligationCommands.Reassess;
import dev.vigil.notification.assessment.ObligationCommands.RecordDeterminations;
import dev.vigil.notification.events.CaseOpened;
import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.DeterminationsRecorded;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationLapsed;
import dev.vigil.notification.events.ObligationSetAside;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.StageDueSoon;
import dev.vigil.notification.events.StageOverdue;
import dev.vigil.notification.obligations.AiActRiskClass;
import dev.vigil.notification.obligations.AiSystemFacts;
import dev.vigil.notification.obligations.IncidentFacts;
import dev.vigil.notification.obligations.LegalEntity;
import dev.vigil.notification.obligations.Obligation;
import dev.vigil.notification.obligations.Obligations;
import dev.vigil.notification.obligations.OrganisationProfile;
import dev.vigil.notification.obligations.OrganisationRole;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an incident's obligations, one test each; every refusal records nothing. */
class IncidentObligationsTest {

    static final UUID INCIDENT = UUID.fromString("0b1e0000-0000-4000-8000-000000000001");
    static final Instant AWARE = Instant.parse("2026-11-20T08:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Person CONNIE = new Person("connie", "Connie Compliance");
    static final String ART_73 = "eu-ai-act-art-73@DE";
    static final String GDPR_33 = "gdpr-art-33@DE";
    static final Obligations ENGINE = Obligations.standard();

    static final OrganisationProfile PROFILE = new OrganisationProfile(List.of(new LegalEntity("Vigil Assist GmbH", "DE")),
            true, null, null, true, null, null, null, null, null, null, null);
    static final AiSystemFacts SYSTEM = new AiSystemFacts("assistant-v4", Set.of(OrganisationRole.PROVIDER),
            AiActRiskClass.HIGH_RISK, List.of("EU", "DE"));

    private final List<TaskInstance<?>> scheduled = new ArrayList<>();
    private IncidentFacts incident = facts(HarmRealisation.INCIDENT, 1);
    private AggregateTestFixture<IncidentObligations> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(NOW);
    }

    private AggregateTestFixture<IncidentObligations> fixtureAt(Instant now) {
        AggregateTestFixture<IncidentObligations> fixture = new AggregateTestFixture<>(IncidentObligations.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(ENGINE);
        fixture.registerInjectableResource(new CaseInputs() {
            @Override
            public Inputs of(UUID incidentId) {
                return new Inputs(PROFILE, SYSTEM, incident);
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
                scheduled.add(instance);
                return true;
            }
        });
        return fixture;
    }

    static IncidentFacts facts(HarmRealisation realisation, int deathsOrSeriousInjuries) {
        return new IncidentFacts(AWARE, AWARE.minusSeconds(3600), List.of("DE"), realisation,
                List.of(HarmClass.DEATH_OR_INJURY), deathsOrSeriousInjuries, null, true, false);
    }

    static Determinations serious() {
        return new Determinations(true, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    static Determinations breach(Boolean personalDataBreach, Boolean highRisk) {
        return new Determinations(null, null, null, null, null, personalDataBreach, highRisk, null, null, null, null,
                null, null, null, null, null, null);
    }

    static DeterminationsRecorded seriousRecorded() {
        return new DeterminationsRecorded(INCIDENT, 1, serious(), List.of("seriousIncident"), "A death", CONNIE, NOW);
    }

    /** The terms the engine gives for an incident with these facts and a serious-incident determination. */
    static ObligationTerms art73(IncidentFacts facts) {
        Obligation o = ENGINE.compute(PROFILE, SYSTEM, facts, EngineTerms.engine(serious()), List.of()).stream()
                .filter(x -> x.key().equals(ART_73)).findFirst().orElseThrow();
        return EngineTerms.terms(o);
    }

    static ObligationFound art73Found() {
        return new ObligationFound(INCIDENT, ObligationIds.of(INCIDENT, ART_73),
                art73(facts(HarmRealisation.INCIDENT, 1)), "determinations revision 1", NOW);
    }

    static Instant tenDays() {
        return AWARE.plus(Duration.ofDays(10));
    }

    /** The payloads a command recorded. */
    private static List<Object> recorded(ResultValidator<?> result) {
        List<Object> payloads = new ArrayList<>();
        result.expectEventsMatching(Matchers.predicate((List<EventMessage<?>> events) -> {
            events.forEach(e -> payloads.add(e.getPayload()));
            return true;
        }));
        return payloads;
    }

    @Test
    void a_serious_incident_determination_opens_the_case_and_finds_art_73_with_ten_days_for_a_death() {
        List<Object> events = recorded(fixture.givenNoPriorActivity()
                .when(new RecordDeterminations(INCIDENT, serious(), " A death caused by the advice ", CONNIE))
                .expectSuccessfulHandlerExecution());
        assertThat(events.get(0)).isEqualTo(new CaseOpened(INCIDENT, NOW));
        assertThat(events.get(1)).isEqualTo(new DeterminationsRecorded(INCIDENT, 1, serious(),
                List.of("seriousIncident"), "A death caused by the advice", CONNIE, NOW));
        assertThat(events).hasSize(3);
        ObligationFound found = (ObligationFound) events.get(2);
        assertThat(found.obligationId()).isEqualTo(ObligationIds.of(INCIDENT, ART_73));
        assertThat(found.terms().stages().getFirst().dueAt()).isEqualTo(tenDays());
        assertThat(found.terms().explanation()).extracting(ObligationTerms.Reason::condition)
                .contains("HIGH_RISK_PROVIDER", "SERIOUS_INCIDENT", "TERRITORY");
        assertThat(found.cause()).isEqualTo("determinations revision 1 by connie (seriousIncident): A death caused by the advice");
    }

    @Test
    void a_revision_names_only_what_it_determines_and_the_rest_stays() {
        List<Object> events = recorded(fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new RecordDeterminations(INCIDENT, breach(true, null), "Health data disclosed", CONNIE))
                .expectSuccessfulHandlerExecution());
        DeterminationsRecorded recorded = (DeterminationsRecorded) events.get(0);
        assertThat(recorded.revision()).isEqualTo(2);
        assertThat(recorded.changed()).containsExactly("personalDataBreach");
        assertThat(recorded.determinations().seriousIncident()).isTrue();
        assertThat(events.subList(1, events.size())).singleElement().satisfies(e -> {
            assertThat(((ObligationFound) e).terms().key()).isEqualTo(GDPR_33);
            assertThat(((ObligationFound) e).terms().stages().getFirst().dueAt()).isEqualTo(AWARE.plus(Duration.ofHours(72)));
        });
    }

    @Test
    void a_determination_that_changes_nothing_is_refused_and_records_nothing() {
        fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new RecordDeterminations(INCIDENT, serious(), "Again", CONNIE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("nothing differs"))
                .expectNoEvents();
    }

    @Test
    void a_determination_that_starts_a_clock_needs_its_time() {
        Determinations causal = new Determinations(null, true, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new RecordDeterminations(INCIDENT, causal, "Link established", CONNIE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("causalLinkEstablishedAt"))
                .expectNoEvents();
    }

    @Test
    void a_high_risk_to_data_subjects_needs_a_personal_data_breach() {
        fixture.given(new CaseOpened(INCIDENT, NOW))
                .when(new RecordDeterminations(INCIDENT, breach(null, true), "High risk", CONNIE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("determine the breach first"))
                .expectNoEvents();
    }

    @Test
    void the_first_fact_opens_the_case_even_when_nothing_applies_yet() {
        fixture.givenNoPriorActivity()
                .when(new Reassess(INCIDENT, "incident declared"))
                .expectEvents(new CaseOpened(INCIDENT, NOW));
    }

    @Test
    void a_fact_that_changes_nothing_records_nothing() {
        fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new Reassess(INCIDENT, "the same impact, delivered again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_corrected_fact_moves_the_deadline_and_the_superseded_one_stays_with_what_changed_it() {
        incident = facts(HarmRealisation.INCIDENT, 0);
        List<Object> events = recorded(fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new Reassess(INCIDENT, "impact assessment revision 2"))
                .expectSuccessfulHandlerExecution());
        assertThat(events).singleElement().satisfies(e -> {
            ObligationChanged changed = (ObligationChanged) e;
            assertThat(changed.previous().stages().getFirst().dueAt()).isEqualTo(tenDays());
            assertThat(changed.terms().stages().getFirst().dueAt()).isEqualTo(AWARE.plus(Duration.ofDays(15)));
            assertThat(changed.changes()).contains("stage report: due " + tenDays() + " → due " + AWARE.plus(Duration.ofDays(15)));
            assertThat(changed.cause()).isEqualTo("impact assessment revision 2");
        });
    }

    @Test
    void an_obligation_that_no_longer_applies_is_withdrawn_with_the_rule_that_failed() {
        incident = facts(HarmRealisation.HAZARD, 0);
        List<Object> events = recorded(fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new Reassess(INCIDENT, "impact assessment revision 2: a near miss"))
                .expectSuccessfulHandlerExecution());
        assertThat(events).singleElement().satisfies(e -> {
            ObligationLapsed lapsed = (ObligationLapsed) e;
            assertThat(lapsed.obligation().key()).isEqualTo(ART_73);
            assertThat(lapsed.why()).extracting(ObligationTerms.Reason::condition).containsExactly("HARM_REALISED");
        });
    }

    @Test
    void a_withdrawn_obligation_that_applies_again_is_revised_not_found_twice() {
        ObligationFound found = art73Found();
        List<Object> events = recorded(fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found,
                        new ObligationLapsed(INCIDENT, ObligationChanges.ref(new ObligationChanges.Held(found.obligationId(),
                                found.terms(), ObligationChanges.Status.OPEN)), List.of(), "near miss", NOW))
                .when(new Reassess(INCIDENT, "impact assessment revision 3"))
                .expectSuccessfulHandlerExecution());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e).isInstanceOf(ObligationChanged.class);
            assertThat(((ObligationChanged) e).obligationId()).isEqualTo(found.obligationId());
            assertThat(((ObligationChanged) e).changes()).startsWith("applies again");
        });
    }

    @Test
    void each_deadline_gets_clocks_at_half_three_quarters_ninety_percent_and_due() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeterminations(INCIDENT, serious(), "A death", CONNIE))
                .expectSuccessfulHandlerExecution();
        assertThat(scheduled).extracting(TaskInstance::getId).containsExactlyInAnyOrder(
                INCIDENT + "|" + ART_73 + "|report|" + tenDays() + "|50",
                INCIDENT + "|" + ART_73 + "|report|" + tenDays() + "|75",
                INCIDENT + "|" + ART_73 + "|report|" + tenDays() + "|90",
                INCIDENT + "|" + ART_73 + "|report|" + tenDays() + "|100");
    }

    @Test
    void a_recomputation_after_the_deadline_sets_no_clock_that_already_fired_or_has_passed() {
        ObligationFound found = art73Found();
        fixtureAt(tenDays().plusSeconds(60)).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found,
                        new StageOverdue(INCIDENT, ref(found), "report", tenDays(), tenDays()))
                .when(new Reassess(INCIDENT, "severity SEV1 → SEV2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void a_clock_records_due_soon_when_its_share_of_the_window_has_passed() {
        ObligationFound found = art73Found();
        fixtureAt(AWARE.plus(Duration.ofDays(5))).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found)
                .when(new FireClock(INCIDENT, ART_73, "report", tenDays(), 50))
                .expectEvents(new StageDueSoon(INCIDENT, ref(found), "report", 50, tenDays(), AWARE.plus(Duration.ofDays(5))));
    }

    @Test
    void a_clock_fires_once_however_often_it_runs() {
        ObligationFound found = art73Found();
        fixtureAt(AWARE.plus(Duration.ofDays(6))).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found,
                        new StageDueSoon(INCIDENT, ref(found), "report", 50, tenDays(), AWARE.plus(Duration.ofDays(5))))
                .when(new FireClock(INCIDENT, ART_73, "report", tenDays(), 50))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_clock_set_for_a_deadline_that_moved_does_nothing() {
        fixtureAt(AWARE.plus(Duration.ofDays(9))).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new FireClock(INCIDENT, ART_73, "report", AWARE.plus(Duration.ofDays(15)), 50))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_clock_that_runs_early_does_nothing() {
        fixtureAt(AWARE.plus(Duration.ofDays(4))).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new FireClock(INCIDENT, ART_73, "report", tenDays(), 50))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_stage_not_submitted_by_its_deadline_is_overdue() {
        ObligationFound found = art73Found();
        fixtureAt(tenDays()).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found)
                .when(new FireClock(INCIDENT, ART_73, "report", tenDays(), 100))
                .expectEvents(new StageOverdue(INCIDENT, ref(found), "report", tenDays(), tenDays()));
    }

    @Test
    void compliance_marks_an_open_obligation_not_applicable_with_its_justification() {
        ObligationFound found = art73Found();
        fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found)
                .when(new MarkNotApplicable(INCIDENT, found.obligationId(), " A pilot under Art. 60 ", CONNIE))
                .expectEvents(new ObligationSetAside(INCIDENT, ref(found), "A pilot under Art. 60", CONNIE, NOW));
    }

    @Test
    void an_obligation_marked_not_applicable_cannot_be_marked_again_and_its_clocks_stay_silent() {
        ObligationFound found = art73Found();
        ObligationSetAside marked = new ObligationSetAside(INCIDENT, ref(found), "A pilot", CONNIE, NOW);
        fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found, marked)
                .when(new MarkNotApplicable(INCIDENT, found.obligationId(), "Again", CONNIE))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixtureAt(tenDays()).given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), found, marked)
                .when(new FireClock(INCIDENT, ART_73, "report", tenDays(), 100))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_obligation_the_incident_does_not_have_cannot_be_marked() {
        fixture.given(new CaseOpened(INCIDENT, NOW), seriousRecorded(), art73Found())
                .when(new MarkNotApplicable(INCIDENT, UUID.randomUUID(), "Not ours", CONNIE))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static dev.vigil.notification.events.ObligationRef ref(ObligationFound found) {
        return ObligationChanges.ref(new ObligationChanges.Held(found.obligationId(), found.terms(),
                ObligationChanges.Status.OPEN));
    }
}
