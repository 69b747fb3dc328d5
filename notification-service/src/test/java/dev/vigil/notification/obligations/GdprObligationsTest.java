package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GDPR Art. 33 (the supervisory authority, 72 hours) and Art. 34 (the data subjects, without undue delay). */
class GdprObligationsTest {

    static final String ART_33 = "gdpr-art-33";
    static final String ART_34 = "gdpr-art-34";

    static Scenario breachAtAControllerInIreland(String awareAt) {
        Scenario s = new Scenario();
        s.legalEntities.add(new LegalEntity("Vigil Test Ltd", "IE"));
        s.gdprController = true;
        s.awareAt = Instant.parse(awareAt);
        s.jurisdictions = List.of("IE");
        s.personalDataInvolved = true;
        s.personalDataBreach = true;
        return s;
    }

    @Test
    void art33_a_controller_notifies_a_personal_data_breach_within_72_hours_of_awareness() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.authority(Regime.GDPR, "IE", "Data Protection Commission", "Europe/Dublin");

        Obligation o = s.obligation(ART_33);

        assertThat(o.authority().name()).isEqualTo("Data Protection Commission");
        assertThat(o.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.id()).isEqualTo("notification");
            assertThat(stage.dueAt()).isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
            assertThat(stage.basis()).contains("72 hours after AWARE_AT", "reasons for the delay", "GDPR Art. 33(1)");
        });
    }

    @Test
    void art33_72_hours_are_elapsed_time_across_the_end_of_summer_time() {
        Scenario s = breachAtAControllerInIreland("2026-10-24T10:00:00Z"); // 11:00 in Dublin, summer time
        s.authority(Regime.GDPR, "IE", "Data Protection Commission", "Europe/Dublin");

        Instant due = s.stage(ART_33, "notification").dueAt();

        assertThat(due).isEqualTo(Instant.parse("2026-10-27T10:00:00Z"));
        assertThat(due.atZone(ZoneId.of("Europe/Dublin")).getHour()).as("10:00 local: the clock went back an hour").isEqualTo(10);
    }

    @Test
    void art33_the_authority_is_placed_where_the_controller_is_established_not_where_the_data_subjects_are() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.jurisdictions = List.of("FR", "DE");

        assertThat(s.obligation(ART_33).authority().jurisdiction()).isEqualTo("IE");
    }

    @Test
    void art33_a_breach_at_a_controller_outside_the_union_affecting_people_in_it_is_in_reach() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.legalEntities.clear();
        s.legalEntities.add(new LegalEntity("Vigil Test Inc", "US-DE"));
        s.jurisdictions = List.of("FR");

        assertThat(s.obligation(ART_33).authority().jurisdiction()).isEqualTo("FR");
    }

    @Test
    void art33_no_personal_data_involved_means_no_breach_to_notify() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.personalDataInvolved = false;
        s.personalDataBreach = null;

        assertThat(s.assessment(ART_33).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(s.finding(ART_33, "PERSONAL_DATA_BREACH").because()).isEqualTo("no personal data was involved");
    }

    @Test
    void art33_personal_data_involved_but_no_breach_determined_yet_leaves_it_open() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.personalDataBreach = null;

        assertThat(s.assessment(ART_33).applicability()).isEqualTo(Applicability.UNDETERMINED);
    }

    @Test
    void art33_a_processor_that_is_not_a_controller_does_not_notify_the_authority() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.gdprController = false;

        assertThat(s.assessment(ART_33).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(s.finding(ART_33, "GDPR_CONTROLLER").because())
                .isEqualTo("the organisation profile says the organisation is not a GDPR controller");
    }

    @Test
    void art34_data_subjects_are_told_without_undue_delay_when_the_risk_to_them_is_high() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.highRiskToDataSubjects = true;

        Obligation o = s.obligation(ART_34);

        assertThat(o.authority().name()).isEqualTo("the data subjects affected");
        assertThat(o.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.immediate()).isTrue();
            assertThat(stage.dueAt()).isNull();
            assertThat(stage.wording()).isEqualTo("without undue delay");
        });
    }

    @Test
    void art34_a_breach_without_high_risk_is_notified_to_the_authority_only() {
        Scenario s = breachAtAControllerInIreland("2026-11-02T09:00:00Z");
        s.highRiskToDataSubjects = false;

        assertThat(s.obligations()).extracting(Obligation::ruleId).containsExactly(ART_33);
        assertThat(s.assessment(ART_34).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }
}
