package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SEC Form 8-K Item 1.05: four business days after the materiality determination, in New York. */
class SecObligationsTest {

    static final String ITEM_1_05 = "sec-8k-item-1-05";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Scenario materialIncidentAtARegistrant(String determinedAtNewYorkTime) {
        Scenario s = new Scenario();
        s.secRegistrant = true;
        s.secMaterial = true;
        s.secMaterialityDeterminedAt = newYork(determinedAtNewYorkTime);
        s.awareAt = s.secMaterialityDeterminedAt.minusSeconds(10 * 86_400);
        return s;
    }

    static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    void item_1_05_four_business_days_skip_the_weekend() {
        Scenario s = materialIncidentAtARegistrant("2026-10-01T10:00"); // a Thursday

        ObligationStage form = s.stage(ITEM_1_05, "form-8-k");

        assertThat(form.dueAt()).isEqualTo(newYork("2026-10-07T10:00"));
        assertThat(form.basis()).contains("4 business days after SEC_MATERIALITY_DETERMINED_AT",
                "skipping weekends and public holidays of US (jollyday)");
    }

    @Test
    void item_1_05_four_business_days_skip_thanksgiving() {
        Scenario s = materialIncidentAtARegistrant("2026-11-24T10:00"); // Tuesday before Thanksgiving, 26 November

        // Wednesday 25, (Thanksgiving), Friday 27, (weekend), Monday 30, Tuesday 1 December
        assertThat(s.stage(ITEM_1_05, "form-8-k").dueAt()).isEqualTo(newYork("2026-12-01T10:00"));
    }

    @Test
    void item_1_05_four_business_days_keep_the_local_time_across_the_end_of_daylight_saving_time() {
        Scenario s = materialIncidentAtARegistrant("2026-10-29T10:00"); // daylight time; it ends on 1 November

        Instant due = s.stage(ITEM_1_05, "form-8-k").dueAt();

        assertThat(due).isEqualTo(Instant.parse("2026-11-04T15:00:00Z"));
        assertThat(due.atZone(NEW_YORK).getHour()).isEqualTo(10);
    }

    @Test
    void item_1_05_the_clock_starts_at_the_materiality_determination_not_at_awareness() {
        Scenario s = materialIncidentAtARegistrant("2026-10-01T10:00");

        Obligation o = s.obligation(ITEM_1_05);

        assertThat(o.clockStartFact()).isEqualTo(Fact.SEC_MATERIALITY_DETERMINED_AT);
        assertThat(o.authority().zone()).isEqualTo(NEW_YORK);

        s.secMaterialityDeterminedAt = null;
        RuleAssessment undetermined = s.assessment(ITEM_1_05);
        assertThat(undetermined.applicability()).isEqualTo(Applicability.UNDETERMINED);
        assertThat(undetermined.findings()).extracting(Finding::condition, Finding::verdict)
                .contains(tuple("CLOCK_START", Verdict.UNKNOWN));
    }

    @Test
    void item_1_05_an_immaterial_incident_or_a_company_that_is_not_a_registrant_files_nothing() {
        Scenario s = materialIncidentAtARegistrant("2026-10-01T10:00");
        s.secMaterial = false;
        assertThat(s.assessment(ITEM_1_05).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);

        s.secMaterial = true;
        s.secRegistrant = false;
        assertThat(s.assessment(ITEM_1_05).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(s.finding(ITEM_1_05, "SEC_REGISTRANT").because())
                .isEqualTo("the organisation profile says the organisation is not an SEC registrant");
    }
}
