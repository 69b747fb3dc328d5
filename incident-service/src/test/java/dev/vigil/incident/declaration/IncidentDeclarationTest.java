package dev.vigil.incident.declaration;

import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.model.IncidentFixture;
import dev.vigil.incident.model.IncidentKeys;
import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentDeclarationTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final UUID ID = UUID.fromString("7f1c2d3e-0000-4000-8000-000000000001");

    private AggregateTestFixture<?> fixture;
    private final AtomicLong keysHandedOut = new AtomicLong();

    @BeforeEach
    void setUp() {
        fixture = IncidentFixture.create(Clock.fixed(NOW, ZoneOffset.UTC), (series, year) ->
                IncidentKeys.format(series, year, keysHandedOut.incrementAndGet()));
    }

    static DeclareIncident valid() {
        return new DeclareIncident(ID, "  Chatbot gave dosage advice to minors ", "Summary", "support-bot",
                "2026-10-01", Severity.SEV2, HazardCategory.HIGH_STAKES_HALLUCINATION, DetectionSource.USER_REPORT,
                NOW.minusSeconds(7200), NOW.minusSeconds(3600), NOW.minusSeconds(1800), List.of("EU", "US-CA"), false);
    }

    @Test
    void a_complete_declaration_becomes_an_incident_with_the_next_key_and_the_server_time() {
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncidentDeclared(ID, "INC-2026-0001", "Chatbot gave dosage advice to minors",
                        "Summary", "support-bot", "2026-10-01", Severity.SEV2, HazardCategory.HIGH_STAKES_HALLUCINATION,
                        DetectionSource.USER_REPORT, NOW.minusSeconds(7200), NOW.minusSeconds(3600),
                        NOW.minusSeconds(1800), List.of("EU", "US-CA"), false, NOW));
    }

    @Test
    void an_exercise_is_recorded_as_one_with_a_key_from_the_same_series() {
        var c = valid();
        fixture.givenNoPriorActivity()
                .when(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                        c.category(), c.detectionSource(), c.occurredAt(), c.detectedAt(), c.awareAt(), c.jurisdictions(),
                        false, true))
                .expectEvents(new IncidentDeclared(ID, "INC-2026-0001", "Chatbot gave dosage advice to minors",
                        "Summary", "support-bot", "2026-10-01", Severity.SEV2, HazardCategory.HIGH_STAKES_HALLUCINATION,
                        DetectionSource.USER_REPORT, NOW.minusSeconds(7200), NOW.minusSeconds(3600),
                        NOW.minusSeconds(1800), List.of("EU", "US-CA"), false, NOW, true));
    }

    @Test
    void a_restricted_incident_takes_its_key_from_the_restricted_series() {
        var c = valid();
        fixture.givenNoPriorActivity()
                .when(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                        c.category(), c.detectionSource(), c.occurredAt(), c.detectedAt(), c.awareAt(), c.jurisdictions(),
                        true))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("key=RST-2026-0001")))));
    }

    @Test
    void occurrence_time_may_be_unknown_and_jurisdictions_empty() {
        var c = valid();
        fixture.givenNoPriorActivity()
                .when(new DeclareIncident(ID, c.title(), null, c.systemId(), null, c.severity(), c.category(),
                        c.detectionSource(), null, c.detectedAt(), c.awareAt(), null, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(IncidentDeclared.class))));
    }

    @Test
    void every_required_field_is_named_when_missing_and_nothing_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(new DeclareIncident(ID, " ", null, null, null, null, null, null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("title"),
                        org.hamcrest.Matchers.containsString("systemId"),
                        org.hamcrest.Matchers.containsString("severity"),
                        org.hamcrest.Matchers.containsString("category"),
                        org.hamcrest.Matchers.containsString("detectionSource"),
                        org.hamcrest.Matchers.containsString("detectedAt"),
                        org.hamcrest.Matchers.containsString("awareAt")));
        assertThat(keysHandedOut).hasValue(0);
    }

    @Test
    void a_missing_severity_is_refused() {
        var c = valid();
        assertRefused(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), null,
                c.category(), c.detectionSource(), c.occurredAt(), c.detectedAt(), c.awareAt(), c.jurisdictions(),
                c.restricted()), InvalidInputException.class, "severity", "required");
    }

    @Test
    void a_malformed_jurisdiction_is_refused_by_position() {
        var c = valid();
        assertRefused(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                c.category(), c.detectionSource(), c.occurredAt(), c.detectedAt(), c.awareAt(),
                List.of("EU", "california"), c.restricted()), InvalidInputException.class, "jurisdictions[1]", "pattern");
    }

    @Test
    void an_overlong_title_is_refused() {
        var c = valid();
        assertRefused(new DeclareIncident(ID, "x".repeat(201), c.summary(), c.systemId(), c.modelVersion(),
                c.severity(), c.category(), c.detectionSource(), c.occurredAt(), c.detectedAt(), c.awareAt(),
                c.jurisdictions(), c.restricted()), InvalidInputException.class, "title", "max-length");
    }

    @Test
    void an_incident_cannot_occur_after_it_was_detected() {
        var c = valid();
        assertRefused(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                c.category(), c.detectionSource(), c.detectedAt().plusSeconds(1), c.detectedAt(), c.awareAt(),
                c.jurisdictions(), c.restricted()), RuleViolationException.class, "occurredAt", "not-after-detectedAt");
    }

    @Test
    void awareness_cannot_come_before_detection() {
        var c = valid();
        assertRefused(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                c.category(), c.detectionSource(), null, c.awareAt().plusSeconds(1), c.awareAt(),
                c.jurisdictions(), c.restricted()), RuleViolationException.class, "detectedAt", "not-after-awareAt");
    }

    @Test
    void times_may_be_equal() {
        var c = valid();
        fixture.givenNoPriorActivity()
                .when(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                        c.category(), c.detectionSource(), c.awareAt(), c.awareAt(), c.awareAt(), c.jurisdictions(),
                        c.restricted()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void awareness_cannot_lie_in_the_future_beyond_clock_skew() {
        var c = valid();
        Instant future = NOW.plus(DeclarationRules.CLOCK_SKEW).plusSeconds(1);
        assertRefused(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                c.category(), c.detectionSource(), null, c.detectedAt(), future, c.jurisdictions(), c.restricted()),
                RuleViolationException.class, "awareAt", "not-in-future");
    }

    @Test
    void a_refused_declaration_uses_up_no_key() {
        var c = valid();
        fixture.givenNoPriorActivity()
                .when(new DeclareIncident(ID, c.title(), c.summary(), c.systemId(), c.modelVersion(), c.severity(),
                        c.category(), c.detectionSource(), null, c.awareAt().plusSeconds(1), c.awareAt(),
                        c.jurisdictions(), c.restricted()))
                .expectNoEvents();
        assertThat(keysHandedOut).hasValue(0);
    }

    private void assertRefused(DeclareIncident command, Class<? extends RuntimeException> type, String field,
                               String rule) {
        List<FieldViolation> violations = new ArrayList<>();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(type);
        try {
            DeclarationRules.check(command, NOW);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::rule)
                .contains(org.assertj.core.groups.Tuple.tuple(field, rule));
    }
}
