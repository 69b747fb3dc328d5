package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** California SB 53 (BPC 22757.13): 15 days from discovery; 24 hours if there is an imminent risk of death or serious injury. */
class CaliforniaSb53ObligationsTest {

    static final String SB_53 = "ca-sb53-critical-safety-incident";

    static Scenario criticalSafetyIncidentAtAFrontierDeveloper(String discoveredAt) {
        Scenario s = new Scenario();
        s.californiaFrontierDeveloper = true;
        s.caCriticalSafetyIncident = true;
        s.caDiscoveredAt = Instant.parse(discoveredAt);
        s.awareAt = Instant.parse(discoveredAt).minusSeconds(3_600);
        return s;
    }

    @Test
    void sb53_a_critical_safety_incident_is_reported_to_the_office_of_emergency_services_within_15_days_of_discovery() {
        Scenario s = criticalSafetyIncidentAtAFrontierDeveloper("2026-10-25T17:00:00Z"); // 10:00 in Los Angeles, daylight time

        Obligation o = s.obligation(SB_53);

        assertThat(o.authority().name()).isEqualTo("California Office of Emergency Services");
        assertThat(o.clockStartFact()).isEqualTo(Fact.CA_DISCOVERED_AT);
        // 10:00 on 9 November is standard time in Los Angeles: 18:00 UTC
        Instant due = o.stages().getFirst().dueAt();
        assertThat(due).isEqualTo(Instant.parse("2026-11-09T18:00:00Z"));
        assertThat(due.atZone(ZoneId.of("America/Los_Angeles")).getHour()).isEqualTo(10);
    }

    @Test
    void sb53_an_imminent_risk_of_death_or_serious_injury_shortens_it_to_24_hours() {
        Scenario s = criticalSafetyIncidentAtAFrontierDeveloper("2026-11-02T17:00:00Z");
        s.imminentRisk = true;

        ObligationStage report = s.stage(SB_53, "report");

        assertThat(report.dueAt()).isEqualTo(Instant.parse("2026-11-03T17:00:00Z"));
        assertThat(report.basis()).contains("variant for IMMINENT_RISK_OF_DEATH_OR_SERIOUS_INJURY", "law enforcement");
    }

    @Test
    void sb53_an_imminent_risk_not_yet_determined_keeps_the_15_days() {
        Scenario s = criticalSafetyIncidentAtAFrontierDeveloper("2026-11-02T17:00:00Z");

        assertThat(s.stage(SB_53, "report").dueAt()).isEqualTo(Instant.parse("2026-11-17T17:00:00Z"));
    }

    @Test
    void sb53_while_the_discovery_time_is_not_recorded_awareness_stands_in() {
        Scenario s = criticalSafetyIncidentAtAFrontierDeveloper("2026-11-02T17:00:00Z");
        s.caDiscoveredAt = null;

        Obligation o = s.obligation(SB_53);

        assertThat(o.clockStartFact()).isEqualTo(Fact.AWARE_AT);
        assertThat(o.stages().getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-17T16:00:00Z"));
    }

    @Test
    void sb53_a_developer_that_is_not_a_frontier_developer_has_no_duty() {
        Scenario s = criticalSafetyIncidentAtAFrontierDeveloper("2026-11-02T17:00:00Z");
        s.californiaFrontierDeveloper = false;

        assertThat(s.assessment(SB_53).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }
}
