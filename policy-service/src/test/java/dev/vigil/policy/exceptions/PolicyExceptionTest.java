package dev.vigil.policy.exceptions;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.ForbiddenException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.security.SeparationOfDuties;
import dev.vigil.policy.events.ExceptionApprovalGiven;
import dev.vigil.policy.events.ExceptionApproved;
import dev.vigil.policy.events.ExceptionExpired;
import dev.vigil.policy.events.ExceptionExpiryReminded;
import dev.vigil.policy.events.ExceptionFlaggedForReReview;
import dev.vigil.policy.events.ExceptionRejected;
import dev.vigil.policy.events.ExceptionRequested;
import dev.vigil.policy.events.ExceptionRevoked;
import dev.vigil.policy.events.IncidentOnExceptedSystemNoted;
import dev.vigil.policy.exceptions.ExceptionCommands.ApproveException;
import dev.vigil.policy.exceptions.ExceptionCommands.ExpireException;
import dev.vigil.policy.exceptions.ExceptionCommands.FlagForReReview;
import dev.vigil.policy.exceptions.ExceptionCommands.NoteIncidentOnExceptedSystem;
import dev.vigil.policy.exceptions.ExceptionCommands.RejectException;
import dev.vigil.policy.exceptions.ExceptionCommands.RemindExpiry;
import dev.vigil.policy.exceptions.ExceptionCommands.RenewException;
import dev.vigil.policy.exceptions.ExceptionCommands.RequestException;
import dev.vigil.policy.exceptions.ExceptionCommands.RevokeException;
import dev.vigil.policy.exceptions.ExceptionCommands.Terms;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a policy exception, one test each; every refusal records nothing. */
class PolicyExceptionTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final UUID ID = UUID.fromString("5e0c0e00-0000-4000-8000-000000000001");
    static final Person RITA = new Person("rita", "Rita Responder");
    static final Person PAUL = new Person("paul", "Paul Policy");
    static final Person PIA = new Person("pia", "Pia Policy");
    static final Person CORA = new Person("cora", "Cora Committee");
    static final Person COLE = new Person("cole", "Cole Committee");
    static final Set<String> OWNERS = Set.of("paul");
    static final Instant EXPIRY = NOW.plus(Duration.ofDays(60));

    private AggregateTestFixture<PolicyException> fixture;
    private final List<TaskInstance<?>> scheduled = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(NOW);
    }

    private AggregateTestFixture<PolicyException> fixtureAt(Instant now) {
        AggregateTestFixture<PolicyException> fixture = new AggregateTestFixture<>(PolicyException.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(ExceptionSettings.defaults());
        fixture.registerInjectableResource(new PolicyException.JdbcKeys(null) {
            @Override
            String next(Instant now) {
                return "EXC-2026-0001";
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

    static Terms terms(int likelihood, int impact, Instant expiry, String... compensating) {
        return new Terms("Red team is booked out until January", expiry, likelihood, impact, List.of(compensating));
    }

    /** Requested by Rita: HIGH (4 × 3 = 12), with a compensating control. */
    static ExceptionRequested requestedHigh() {
        return new ExceptionRequested(ID, "EXC-2026-0001", 0, List.of("CTL-RT-01"), List.of("support-bot"),
                "Release 2026-11 of support-bot", "Red team is booked out until January", RITA, RITA, EXPIRY, 4, 3,
                ResidualRisk.HIGH, List.of("Daily output sampling by the safety team"), NOW);
    }

    static ExceptionRequested requestedLow() {
        return new ExceptionRequested(ID, "EXC-2026-0001", 0, List.of("CTL-RT-01"), List.of("support-bot"),
                "scope", "justification", RITA, RITA, EXPIRY, 1, 2, ResidualRisk.LOW, List.of(), NOW);
    }

    static ExceptionApproved approved() {
        return new ExceptionApproved(ID, 0, ResidualRisk.HIGH, Map.of("CTL-RT-01", 1), Map.of("support-bot", RiskClass.HIGH_RISK),
                List.of("Daily output sampling by the safety team"), EXPIRY, NOW.plus(Duration.ofDays(30)), NOW);
    }

    static ApproveException approval(Person who, String... roles) {
        return new ApproveException(ID, who, Set.of(roles), OWNERS, Map.of("CTL-RT-01", 1),
                Map.of("support-bot", RiskClass.HIGH_RISK), null);
    }


    @Test
    void a_request_is_rated_by_likelihood_times_impact() {
        fixture.givenNoPriorActivity()
                .when(new RequestException(ID, List.of("CTL-RT-01"), List.of("support-bot"), "Release 2026-11 of support-bot",
                        RITA, RITA, terms(4, 3, EXPIRY, "Daily output sampling by the safety team")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(requestedHigh());
    }

    @Test
    void a_waiver_from_medium_up_needs_compensating_controls() {
        fixture.givenNoPriorActivity()
                .when(new RequestException(ID, List.of("CTL-RT-01"), List.of("support-bot"), "scope", RITA, RITA,
                        terms(3, 2, EXPIRY)))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("compensating"));
    }

    @Test
    void a_waiver_longer_than_its_rating_allows_is_refused_naming_the_limit() {
        fixture.givenNoPriorActivity()
                .when(new RequestException(ID, List.of("CTL-RT-01"), List.of("support-bot"), "scope", RITA, RITA,
                        terms(4, 3, NOW.plus(Duration.ofDays(100)), "sampling")))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("P3M"));
    }

    @Test
    void the_requester_may_not_approve_their_own_waiver() {
        fixture.given(requestedLow())
                .when(new ApproveException(ID, RITA, Set.of("POLICY_OWNER"), Set.of("rita"), Map.of(), Map.of(), null))
                .expectNoEvents()
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class);
    }

    @Test
    void only_an_owner_of_a_waived_controls_policy_approves_as_policy_owner() {
        fixture.given(requestedLow())
                .when(approval(PIA, "POLICY_OWNER"))
                .expectNoEvents()
                .expectException(ForbiddenException.class);
    }

    @Test
    void a_low_waiver_is_in_force_once_its_policy_owner_approves_and_its_expiry_and_reminders_are_scheduled() {
        fixture.given(requestedLow())
                .when(approval(PAUL, "POLICY_OWNER"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(ExceptionApprovalGiven.class)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(ExceptionApproved.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        assertThat(scheduled).extracting(TaskInstance::getTaskName)
                .containsExactly(ExceptionClock.EXPIRY, ExceptionClock.REMINDER, ExceptionClock.REMINDER,
                        ExceptionClock.REMINDER);
    }

    @Test
    void a_high_waiver_needs_the_committee_after_the_policy_owner() {
        fixture.given(requestedHigh())
                .when(approval(PAUL, "POLICY_OWNER"))
                .expectEvents(new ExceptionApprovalGiven(ID, 0, PAUL, "POLICY_OWNER", null, NOW));
        fixture.given(requestedHigh(), new ExceptionApprovalGiven(ID, 0, PAUL, "POLICY_OWNER", null, NOW))
                .when(approval(CORA, "COMMITTEE"))
                .expectEvents(new ExceptionApprovalGiven(ID, 0, CORA, "COMMITTEE", null, NOW), approved());
    }

    @Test
    void nobody_approves_twice() {
        fixture.given(requestedHigh(), new ExceptionApprovalGiven(ID, 0, PAUL, "POLICY_OWNER", null, NOW))
                .when(approval(PAUL, "POLICY_OWNER", "COMMITTEE"))
                .expectNoEvents()
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class);
    }

    @Test
    void a_second_committee_approval_adds_nothing_and_is_refused() {
        fixture.given(requestedHigh(), new ExceptionApprovalGiven(ID, 0, CORA, "COMMITTEE", null, NOW))
                .when(approval(COLE, "COMMITTEE"))
                .expectNoEvents()
                .expectException(ForbiddenException.class);
    }

    @Test
    void a_decided_waiver_cannot_be_approved_again() {
        fixture.given(requestedLow(), new ExceptionRejected(ID, 0, PAUL, "no", NOW))
                .when(approval(PAUL, "POLICY_OWNER"))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void the_requester_may_not_reject_and_a_policy_owner_may() {
        fixture.given(requestedLow())
                .when(new RejectException(ID, RITA, Set.of("POLICY_OWNER"), Set.of("rita"), "no"))
                .expectNoEvents()
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class);
        fixture.given(requestedLow())
                .when(new RejectException(ID, PAUL, Set.of("POLICY_OWNER"), OWNERS, "Schedule the red team first"))
                .expectEvents(new ExceptionRejected(ID, 0, PAUL, "Schedule the red team first", NOW));
    }

    @Test
    void a_renewal_is_requested_and_decided_like_the_first_request() {
        Instant later = EXPIRY.plus(Duration.ofDays(20));
        fixture.given(requestedHigh(), approved())
                .when(new RenewException(ID, RITA, terms(4, 3, later, "Daily output sampling by the safety team")))
                .expectEvents(new ExceptionRequested(ID, "EXC-2026-0001", 1, List.of("CTL-RT-01"), List.of("support-bot"),
                        "Release 2026-11 of support-bot", "Red team is booked out until January", RITA, RITA, later, 4, 3,
                        ResidualRisk.HIGH, List.of("Daily output sampling by the safety team"), NOW));
    }

    @Test
    void a_renewal_must_run_past_the_current_expiry() {
        fixture.given(requestedHigh(), approved())
                .when(new RenewException(ID, RITA, terms(4, 3, EXPIRY.minusSeconds(1), "sampling")))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void only_a_waiver_in_force_is_renewed_or_revoked() {
        fixture.given(requestedHigh())
                .when(new RevokeException(ID, PAUL, Set.of("POLICY_OWNER"), OWNERS, "no longer needed"))
                .expectNoEvents()
                .expectException(ConflictException.class);
        fixture.given(requestedHigh(), approved())
                .when(new RevokeException(ID, CORA, Set.of("COMMITTEE"), OWNERS, "Red team found a jailbreak"))
                .expectEvents(new ExceptionRevoked(ID, CORA, "Red team found a jailbreak", NOW));
    }

    @Test
    void a_waiver_expires_at_its_expiry_and_not_at_one_a_renewal_replaced() {
        fixture = fixtureAt(EXPIRY.plusSeconds(1));
        fixture.given(requestedHigh(), approved())
                .when(new ExpireException(ID, EXPIRY))
                .expectEvents(new ExceptionExpired(ID, EXPIRY));
        fixture.given(requestedHigh(), approved())
                .when(new ExpireException(ID, EXPIRY.minus(Duration.ofDays(1))))
                .expectNoEvents();
    }

    @Test
    void an_expiry_that_fires_early_records_nothing() {
        fixture.given(requestedHigh(), approved())
                .when(new ExpireException(ID, EXPIRY))
                .expectNoEvents();
    }

    @Test
    void each_reminder_is_recorded_once() {
        ExceptionExpiryReminded reminded = new ExceptionExpiryReminded(ID, 30, EXPIRY, NOW);
        fixture.given(requestedHigh(), approved())
                .when(new RemindExpiry(ID, EXPIRY, 30))
                .expectEvents(reminded);
        fixture.given(requestedHigh(), approved(), reminded)
                .when(new RemindExpiry(ID, EXPIRY, 30))
                .expectNoEvents();
    }

    @Test
    void a_material_change_flags_a_waiver_in_force_for_re_review_once() {
        var flagged = new ExceptionFlaggedForReReview(ID, "risk-class-rose", "support-bot: LIMITED → HIGH_RISK", NOW);
        fixture.given(requestedHigh(), approved())
                .when(new FlagForReReview(ID, "risk-class-rose", "support-bot: LIMITED → HIGH_RISK"))
                .expectEvents(flagged);
        fixture.given(requestedHigh(), approved(), flagged)
                .when(new FlagForReReview(ID, "risk-class-rose", "support-bot: LIMITED → HIGH_RISK"))
                .expectNoEvents();
        fixture.given(requestedHigh())
                .when(new FlagForReReview(ID, "control-revised", "CTL-RT-01 version 2"))
                .expectNoEvents();
    }

    @Test
    void an_incident_on_the_system_is_noted_once_and_a_sev2_calls_for_re_review() {
        UUID incident = UUID.fromString("1c1d0000-0000-4000-8000-000000000001");
        Instant occurred = NOW.plusSeconds(60);
        var noted = new IncidentOnExceptedSystemNoted(ID, incident, "INC-2026-0007", "support-bot", "SEV2", occurred);
        fixture.given(requestedHigh(), approved())
                .when(new NoteIncidentOnExceptedSystem(ID, incident, "INC-2026-0007", "support-bot", "SEV2", occurred))
                .expectEvents(noted, new ExceptionFlaggedForReReview(ID, "incident", "INC-2026-0007 (SEV2)", NOW));
        fixture.given(requestedHigh(), approved(), noted)
                .when(new NoteIncidentOnExceptedSystem(ID, incident, "INC-2026-0007", "support-bot", "SEV2", occurred))
                .expectNoEvents();
    }
}
