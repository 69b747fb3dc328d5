package dev.vigil.notification.obligations;

import dev.vigil.contracts.incident.HarmClass;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.vigil.notification.obligations.Scenario.seriousIncidentOnAHighRiskSystemWeProvide;
import static org.assertj.core.api.Assertions.assertThat;

/** One incident, every regime: several clocks at once, facts corrected later, and nothing known at all. */
class ObligationsAcrossRegimesTest {

    static Scenario deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.deathsOrSeriousInjuries = 1;
        s.deaths = 1;
        s.harmClasses = List.of(HarmClass.DEATH_OR_INJURY, HarmClass.PERSONAL_DATA);
        s.gdprController = true;
        s.personalDataInvolved = true;
        s.personalDataBreach = true;
        s.highRiskToDataSubjects = false;
        s.nis2EntityType = Nis2EntityType.IMPORTANT;
        s.nis2SignificantIncident = true;
        s.doraFinancialEntity = false;
        s.secRegistrant = false;
        s.californiaFrontierDeveloper = false;
        s.newYorkLargeFrontierDeveloper = false;
        s.gpaiSystemicRiskProvider = false;
        s.highRiskDeployer = false;
        return s;
    }

    @Test
    void one_incident_starts_several_clocks_at_once() {
        Scenario s = deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity();

        List<Obligation> obligations = s.obligations();

        assertThat(obligations).extracting(Obligation::ruleId)
                .containsExactly("eu-ai-act-art-73", "gdpr-art-33", "nis2-art-23");
        assertThat(s.stage("eu-ai-act-art-73", "report").dueAt()).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));
        assertThat(s.stage("gdpr-art-33", "notification").dueAt()).isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
        assertThat(s.stage("nis2-art-23", "early-warning").dueAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
    }

    @Test
    void explain_all_says_for_every_other_rule_which_condition_failed() {
        Scenario s = deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity();

        List<RuleAssessment> all = s.assessments();

        assertThat(all).extracting(RuleAssessment::ruleId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Scenario.OBLIGATIONS.catalogue().rules().stream().map(r -> r.id()).distinct().toList());
        assertThat(all).filteredOn(a -> a.applicability() != Applicability.APPLIES).allSatisfy(a -> {
            assertThat(a.applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
            assertThat(a.findings()).anyMatch(f -> f.verdict() == Verdict.NOT_MET);
            assertThat(a.obligations()).isEmpty();
        });
        assertThat(s.finding("sec-8k-item-1-05", "SEC_REGISTRANT").verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(s.finding("gdpr-art-34", "HIGH_RISK_TO_DATA_SUBJECTS").verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(s.finding("eu-ai-act-art-55-1c", "GPAI_SYSTEMIC_RISK_PROVIDER").verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void awareness_found_to_be_earlier_moves_every_deadline_earlier() {
        Scenario s = deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity();
        List<Obligation> before = s.obligations();

        s.awareAt = Instant.parse("2026-10-30T09:00:00Z");
        List<Obligation> after = s.obligations();

        assertThat(after.get(0).stages().getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-09T09:00:00Z"));
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).stages().getFirst().dueAt()).isBefore(before.get(i).stages().getFirst().dueAt());
        }
    }

    @Test
    void a_reported_death_withdrawn_moves_the_art73_report_later_and_a_death_reported_later_moves_it_back() {
        Scenario s = deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity();
        assertThat(s.stage("eu-ai-act-art-73", "report").dueAt()).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));

        s.deaths = 0;
        s.deathsOrSeriousInjuries = 0;
        assertThat(s.stage("eu-ai-act-art-73", "report").dueAt()).isEqualTo(Instant.parse("2026-11-17T09:00:00Z"));

        s.deaths = 1;
        s.deathsOrSeriousInjuries = 1;
        assertThat(s.stage("eu-ai-act-art-73", "report").dueAt()).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));
    }

    @Test
    void with_nothing_known_no_rule_applies_and_each_says_what_it_is_waiting_for() {
        List<RuleAssessment> all = Scenario.OBLIGATIONS.explainAll(null, null, null, null, null);

        assertThat(all).isNotEmpty().allSatisfy(a -> {
            assertThat(a.applicability()).isEqualTo(Applicability.UNDETERMINED);
            assertThat(a.findings()).anyMatch(f -> f.verdict() == Verdict.UNKNOWN);
        });
        assertThat(Scenario.OBLIGATIONS.compute(null, null, null, null, null)).isEmpty();
        assertThat(new Scenario().obligations()).isEmpty();
    }

    @Test
    void the_same_facts_always_give_the_same_obligations() {
        Scenario s = deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity();

        assertThat(s.obligations()).isEqualTo(s.obligations());
    }

    @Test
    void every_obligation_explains_itself_with_the_rule_its_authority_and_its_clock() {
        Scenario s = deathInGermanyWithAPersonalDataBreachAtAnEssentialEntity();

        assertThat(s.obligations()).allSatisfy(o -> {
            assertThat(o.citation()).isNotBlank();
            assertThat(o.ruleVersion()).isNotBlank();
            assertThat(o.explanation()).extracting(Finding::condition).contains("IN_FORCE", "AUTHORITY", "CLOCK_START");
            assertThat(o.explanation()).filteredOn(f -> !f.condition().contains("variant"))
                    .allMatch(f -> f.verdict() == Verdict.MET);
            assertThat(o.stages()).allSatisfy(stage -> assertThat(stage.basis()).isNotBlank());
        });
    }
}
