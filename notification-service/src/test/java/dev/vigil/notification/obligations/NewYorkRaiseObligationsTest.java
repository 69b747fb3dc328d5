package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** New York RAISE Act (GBL 1422): 72 hours from the determination; 24 hours on imminent risk; in force from 2027-01-01. */
class NewYorkRaiseObligationsTest {

    static final String RAISE = "ny-raise-safety-incident";

    static Scenario safetyIncidentAtALargeFrontierDeveloper(String determinedAt) {
        Scenario s = new Scenario();
        s.newYorkLargeFrontierDeveloper = true;
        s.nySafetyIncident = true;
        s.nyDeterminedAt = Instant.parse(determinedAt);
        s.awareAt = Instant.parse(determinedAt).minusSeconds(86_400);
        return s;
    }

    @Test
    void raise_a_safety_incident_is_reported_within_72_hours_of_its_determination() {
        Scenario s = safetyIncidentAtALargeFrontierDeveloper("2027-01-05T15:00:00Z");

        Obligation o = s.obligation(RAISE);

        assertThat(o.clockStartFact()).isEqualTo(Fact.NY_DETERMINED_AT);
        assertThat(o.stages().getFirst().dueAt()).isEqualTo(Instant.parse("2027-01-08T15:00:00Z"));
    }

    @Test
    void raise_an_imminent_risk_of_death_or_serious_injury_shortens_it_to_24_hours() {
        Scenario s = safetyIncidentAtALargeFrontierDeveloper("2027-01-05T15:00:00Z");
        s.imminentRisk = true;

        assertThat(s.stage(RAISE, "report").dueAt()).isEqualTo(Instant.parse("2027-01-06T15:00:00Z"));
    }

    @Test
    void raise_is_not_in_force_before_1_january_2027() {
        Scenario s = safetyIncidentAtALargeFrontierDeveloper("2026-12-15T15:00:00Z");

        RuleAssessment a = s.assessment(RAISE);

        assertThat(a.applicability()).isEqualTo(Applicability.NOT_IN_FORCE);
        assertThat(a.obligations()).isEmpty();
        assertThat(s.obligations()).isEmpty();
        assertThat(s.finding(RAISE, "IN_FORCE").because()).contains("in force from 2027-01-01", "2026-12-15");
    }

    @Test
    void raise_in_force_is_judged_by_the_date_in_new_york() {
        // 04:30 UTC on 1 January is still New Year's Eve in New York
        Scenario s = safetyIncidentAtALargeFrontierDeveloper("2027-01-01T04:30:00Z");
        assertThat(s.assessment(RAISE).applicability()).isEqualTo(Applicability.NOT_IN_FORCE);

        s.nyDeterminedAt = Instant.parse("2027-01-01T05:30:00Z");
        assertThat(s.assessment(RAISE).applicability()).isEqualTo(Applicability.APPLIES);
    }

    @Test
    void raise_binds_only_a_large_frontier_developer() {
        Scenario s = safetyIncidentAtALargeFrontierDeveloper("2027-01-05T15:00:00Z");
        s.newYorkLargeFrontierDeveloper = false;

        assertThat(s.assessment(RAISE).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }
}
