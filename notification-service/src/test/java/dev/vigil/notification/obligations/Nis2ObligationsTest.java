package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** NIS2 Art. 23: early warning 24 h, notification 72 h, final report one month after the notification's submission. */
class Nis2ObligationsTest {

    static final String ART_23 = "nis2-art-23";

    static Scenario significantIncidentAtAnEssentialEntityInGermany(String awareAt) {
        Scenario s = new Scenario();
        s.legalEntities.add(new LegalEntity("Vigil Test GmbH", "DE"));
        s.nis2EntityType = Nis2EntityType.ESSENTIAL;
        s.nis2Sector = "digital infrastructure";
        s.awareAt = Instant.parse(awareAt);
        s.jurisdictions = List.of("DE");
        s.nis2SignificantIncident = true;
        return s.authority(Regime.NIS2, "DE", "BSI", "Europe/Berlin");
    }

    @Test
    void art23_early_warning_within_24_hours_and_notification_within_72_hours_of_awareness() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-11-02T09:00:00Z");

        Obligation o = s.obligation(ART_23);

        assertThat(o.authority().name()).isEqualTo("BSI");
        assertThat(o.stages()).extracting(ObligationStage::id).containsExactly("early-warning", "notification", "final-report");
        assertThat(o.stages().get(0).dueAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        assertThat(o.stages().get(1).dueAt()).isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
        assertThat(o.explanation()).contains(new Finding("NIS2_ENTITY", Verdict.MET,
                "the organisation is an essential entity in sector digital infrastructure"));
    }

    @Test
    void art23_the_final_report_waits_for_the_notification_and_is_due_one_month_after_its_submission() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-11-02T09:00:00Z");

        ObligationStage waiting = s.stage(ART_23, "final-report");
        assertThat(waiting.dueAt()).as("no instant until the notification is sent").isNull();
        assertThat(waiting.immediate()).isFalse();
        assertThat(waiting.waitingForSubmissionOf()).isEqualTo("notification");

        s.submitted(ART_23, "notification", "2026-11-04T15:00:00Z");

        ObligationStage fin = s.stage(ART_23, "final-report");
        assertThat(fin.dueAt()).isEqualTo(Instant.parse("2026-12-04T15:00:00Z"));
        assertThat(fin.startsFrom()).isEqualTo("submission of notification");
        assertThat(fin.startsAt()).isEqualTo(Instant.parse("2026-11-04T15:00:00Z"));
        assertThat(fin.waitingForSubmissionOf()).isNull();
        assertThat(s.stage(ART_23, "notification").submittedAt()).isEqualTo(Instant.parse("2026-11-04T15:00:00Z"));
    }

    @Test
    void art23_the_final_report_counts_from_the_submission_even_when_the_notification_was_late() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-11-02T09:00:00Z");
        s.submitted(ART_23, "notification", "2026-11-10T09:00:00Z");

        assertThat(s.stage(ART_23, "final-report").dueAt()).isEqualTo(Instant.parse("2026-12-10T09:00:00Z"));
    }

    @Test
    void art23_a_month_ends_at_the_same_local_time_across_the_end_of_summer_time() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-10-08T09:00:00Z");
        s.submitted(ART_23, "notification", "2026-10-10T12:00:00Z"); // 14:00 in Berlin, summer time

        assertThat(s.stage(ART_23, "final-report").dueAt()).isEqualTo(Instant.parse("2026-11-10T13:00:00Z"));
    }

    @Test
    void art23_a_submission_to_another_authority_does_not_start_this_one() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-11-02T09:00:00Z");
        s.submissions.add(new Submission(ART_23, "FR", "notification", Instant.parse("2026-11-04T15:00:00Z")));

        assertThat(s.stage(ART_23, "final-report").waitingForSubmissionOf()).isEqualTo("notification");
    }

    @Test
    void art23_an_organisation_outside_nis2_has_no_duty() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-11-02T09:00:00Z");
        s.nis2EntityType = Nis2EntityType.NOT_IN_SCOPE;

        assertThat(s.assessment(ART_23).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);

        s.nis2EntityType = null;
        assertThat(s.assessment(ART_23).applicability()).isEqualTo(Applicability.UNDETERMINED);
    }

    @Test
    void art23_an_incident_that_is_not_significant_is_not_reported() {
        Scenario s = significantIncidentAtAnEssentialEntityInGermany("2026-11-02T09:00:00Z");
        s.nis2SignificantIncident = false;

        assertThat(s.assessment(ART_23).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }
}
