package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DORA Art. 19 with the RTS's time limits: initial, intermediate and final reports. */
class DoraObligationsTest {

    static final String ART_19 = "dora-art-19";

    static Scenario majorIncidentAtAFinancialEntity(String awareAt, String classifiedAt) {
        Scenario s = new Scenario();
        s.legalEntities.add(new LegalEntity("Vigil Test Bank SE", "FR"));
        s.doraFinancialEntity = true;
        s.awareAt = Instant.parse(awareAt);
        s.jurisdictions = List.of("FR");
        s.doraMajorIncident = true;
        s.doraClassifiedAt = classifiedAt == null ? null : Instant.parse(classifiedAt);
        return s.authority(Regime.DORA, "FR", "ACPR", "Europe/Paris");
    }

    @Test
    void art19_the_initial_notification_is_due_4_hours_after_classification_as_major() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z");

        Obligation o = s.obligation(ART_19);

        assertThat(o.clockStartFact()).isEqualTo(Fact.DORA_CLASSIFIED_AT);
        ObligationStage initial = o.stages().getFirst();
        assertThat(initial.dueAt()).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(initial.startsFrom()).isEqualTo("DORA_CLASSIFIED_AT");
    }

    @Test
    void art19_but_no_later_than_24_hours_after_awareness() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", "2026-11-03T06:00:00Z");

        ObligationStage initial = s.stage(ART_19, "initial");

        assertThat(initial.dueAt()).isEqualTo(Instant.parse("2026-11-03T08:00:00Z"));
        assertThat(initial.startsFrom()).isEqualTo("AWARE_AT");
        assertThat(initial.basis()).contains("the earliest of 2 limits");
    }

    @Test
    void art19_the_reading_used_is_kept_in_the_catalogue_with_its_source() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z");

        assertThat(s.stage(ART_19, "initial").basis())
                .contains("sources differ", "this is the reading used", "Delegated Regulation (EU) 2025/301, Art. 5(1)(a)");
    }

    @Test
    void art19_intermediate_report_72_hours_after_the_initial_and_final_report_one_month_after_the_intermediate() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z");
        assertThat(s.stage(ART_19, "intermediate").waitingForSubmissionOf()).isEqualTo("initial");
        assertThat(s.stage(ART_19, "final").waitingForSubmissionOf()).isEqualTo("intermediate");

        s.submitted(ART_19, "initial", "2026-11-02T13:00:00Z");
        assertThat(s.stage(ART_19, "intermediate").dueAt()).isEqualTo(Instant.parse("2026-11-05T13:00:00Z"));
        assertThat(s.stage(ART_19, "final").waitingForSubmissionOf()).isEqualTo("intermediate");

        s.submitted(ART_19, "intermediate", "2026-11-05T09:00:00Z");
        assertThat(s.stage(ART_19, "final").dueAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
    }

    @Test
    void art19_while_the_classification_time_is_not_recorded_awareness_stands_in() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", null);

        Obligation o = s.obligation(ART_19);

        assertThat(o.clockStartFact()).isEqualTo(Fact.AWARE_AT);
        assertThat(o.stages().getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
    }

    @Test
    void art19_an_incident_not_classified_as_major_is_not_reported() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z");
        s.doraMajorIncident = false;

        assertThat(s.assessment(ART_19).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }

    @Test
    void art19_an_organisation_that_is_not_a_financial_entity_has_no_duty() {
        Scenario s = majorIncidentAtAFinancialEntity("2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z");
        s.doraFinancialEntity = false;

        assertThat(s.assessment(ART_19).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }
}
