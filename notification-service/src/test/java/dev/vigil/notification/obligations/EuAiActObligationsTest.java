package dev.vigil.notification.obligations;

import dev.vigil.contracts.incident.HarmRealisation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.vigil.notification.obligations.Scenario.seriousIncidentOnAHighRiskSystemWeProvide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** EU AI Act: Art. 73 (provider of a high-risk system), Art. 26(5) (its deployer), Art. 55(1)(c) (GPAI with systemic risk). */
class EuAiActObligationsTest {

    static final String ART_73 = "eu-ai-act-art-73";
    static final String ART_26_5 = "eu-ai-act-art-26-5";
    static final String ART_55 = "eu-ai-act-art-55-1c";

    @Test
    void art73_a_serious_incident_on_a_high_risk_system_the_organisation_provides_is_reported_within_15_days_of_awareness() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");

        Obligation o = s.obligation(ART_73);

        assertThat(o.regime()).isEqualTo(Regime.EU_AI_ACT);
        assertThat(o.citation()).contains("Art. 73");
        assertThat(o.clockStartFact()).isEqualTo(Fact.AWARE_AT);
        assertThat(o.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.dueAt()).isEqualTo(Instant.parse("2026-11-17T09:00:00Z"));
            assertThat(stage.immediate()).isFalse();
            assertThat(stage.basis()).contains("15 calendar days after AWARE_AT");
        });
        assertThat(o.explanation()).extracting(Finding::condition, Finding::verdict).contains(
                tuple("HIGH_RISK_PROVIDER", Verdict.MET),
                tuple("TERRITORY", Verdict.MET),
                tuple("HARM_REALISED", Verdict.MET),
                tuple("SERIOUS_INCIDENT", Verdict.MET),
                tuple("IN_FORCE", Verdict.MET));
        assertThat(o.authorityConfigured()).isFalse();
        assertThat(o.authority().name()).contains("market surveillance authority");
    }

    @Test
    void art73_a_death_shortens_the_report_to_10_days() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.deathsOrSeriousInjuries = 1;
        s.deaths = 1;

        ObligationStage report = s.stage(ART_73, "report");

        assertThat(report.dueAt()).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));
        assertThat(report.basis()).contains("variant for PERSON_DIED", "Art. 73(4)");
        assertThat(s.obligation(ART_73).explanation())
                .contains(new Finding("report variant: PERSON_DIED", Verdict.MET, "1 death(s) reported"));
    }

    @Test
    void art73_a_serious_injury_not_told_apart_from_a_death_takes_the_10_days_as_a_precaution() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.deathsOrSeriousInjuries = 1;

        ObligationStage report = s.stage(ART_73, "report");

        assertThat(report.dueAt()).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));
        assertThat(report.basis()).contains("precaution");
    }

    @Test
    void art73_a_widespread_infringement_shortens_the_report_to_2_days() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.widespreadInfringement = true;

        assertThat(s.stage(ART_73, "report").dueAt()).isEqualTo(Instant.parse("2026-11-04T09:00:00Z"));
    }

    @Test
    void art73_a_serious_and_irreversible_disruption_of_critical_infrastructure_shortens_the_report_to_2_days_even_with_a_death() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.deaths = 1;
        s.criticalInfrastructureDisruption = true;
        s.seriousIrreversibleCiDisruption = true;

        assertThat(s.stage(ART_73, "report").dueAt()).isEqualTo(Instant.parse("2026-11-04T09:00:00Z"));
    }

    @Test
    void art73_no_disruption_of_critical_infrastructure_rules_the_2_days_out_without_a_determination() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.criticalInfrastructureDisruption = false;
        s.widespreadInfringement = false;

        assertThat(s.stage(ART_73, "report").dueAt()).isEqualTo(Instant.parse("2026-11-17T09:00:00Z"));
    }

    @Test
    void art73_calendar_days_end_at_the_same_local_time_in_the_authority_zone_across_the_end_of_summer_time() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-10-20T08:00:00Z"); // 10:00 in Berlin, summer time
        s.authority(Regime.EU_AI_ACT, "DE", "Bundesnetzagentur", "Europe/Berlin");

        Obligation o = s.obligation(ART_73);

        // 10:00 in Berlin on 4 November is winter time: 09:00 UTC, so the window is 15 days and one hour long
        assertThat(o.stages().getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-04T09:00:00Z"));
        assertThat(Duration.between(s.awareAt, o.stages().getFirst().dueAt())).isEqualTo(Duration.ofDays(15).plusHours(1));
        assertThat(o.authority().name()).isEqualTo("Bundesnetzagentur");
        assertThat(o.authorityConfigured()).isTrue();
    }

    @Test
    void art73_the_clock_starts_when_the_causal_link_is_established_if_that_comes_after_awareness() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.causalLinkEstablished = true;
        s.causalLinkEstablishedAt = Instant.parse("2026-11-05T09:00:00Z");

        Obligation o = s.obligation(ART_73);

        assertThat(o.clockStartFact()).isEqualTo(Fact.CAUSAL_LINK_ESTABLISHED_AT);
        assertThat(o.stages().getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void art73_an_incident_only_outside_the_union_does_not_start_the_clock() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.jurisdictions = List.of("US-CA");

        RuleAssessment a = s.assessment(ART_73);

        assertThat(a.applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(a.obligations()).isEmpty();
        assertThat(s.finding(ART_73, "TERRITORY"))
                .isEqualTo(new Finding("TERRITORY", Verdict.NOT_MET, "US-CA lies outside EU: judged by where the incident happened"));
    }

    @Test
    void art73_an_incident_in_a_region_of_a_member_state_is_in_the_union() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.jurisdictions = List.of("US-NY", "DE-BY");

        assertThat(s.obligation(ART_73).authority().jurisdiction()).isEqualTo("DE-BY");
    }

    @Test
    void art73_an_incident_in_two_member_states_is_reported_to_each() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.jurisdictions = List.of("DE", "FR");
        s.authority(Regime.EU_AI_ACT, "DE", "Bundesnetzagentur", "Europe/Berlin");

        List<Obligation> art73 = s.obligations().stream().filter(o -> o.ruleId().equals(ART_73)).toList();

        assertThat(art73).extracting(Obligation::key).containsExactly("eu-ai-act-art-73@DE", "eu-ai-act-art-73@FR");
        assertThat(art73).extracting(Obligation::authorityConfigured).containsExactly(true, false);
    }

    @Test
    void art73_an_ai_hazard_that_harmed_no_one_is_not_a_serious_incident() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.realisation = HarmRealisation.HAZARD;

        assertThat(s.assessment(ART_73).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(s.finding(ART_73, "HARM_REALISED").verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(s.finding(ART_73, "HARM_REALISED").because()).contains("near miss is not a serious incident");
        assertThat(s.obligations()).isEmpty();
    }

    @Test
    void art73_stays_undetermined_until_compliance_determines_a_serious_incident() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.seriousIncident = null;

        assertThat(s.assessment(ART_73).applicability()).isEqualTo(Applicability.UNDETERMINED);
        assertThat(s.finding(ART_73, "SERIOUS_INCIDENT").because()).isEqualTo("no serious-incident determination yet");
        assertThat(s.obligations()).isEmpty();

        s.seriousIncident = false;
        assertThat(s.assessment(ART_73).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }

    @Test
    void art73_is_not_in_force_for_an_incident_known_before_2_august_2026() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-07-30T09:00:00Z");

        RuleAssessment a = s.assessment(ART_73);

        assertThat(a.applicability()).isEqualTo(Applicability.NOT_IN_FORCE);
        assertThat(s.finding(ART_73, "IN_FORCE").because()).contains("in force from 2026-08-02", "2026-07-30");
    }

    @Test
    void art73_binds_the_provider_and_not_the_deployer_who_informs_the_provider_immediately_under_art26_5() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.roles = Set.of(OrganisationRole.DEPLOYER);
        s.highRiskProvider = false;
        s.highRiskDeployer = true;

        assertThat(s.assessment(ART_73).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(s.finding(ART_73, "HIGH_RISK_PROVIDER").because()).contains("the organisation is not its provider");

        Obligation inform = s.obligation(ART_26_5);
        assertThat(inform.authority().name()).startsWith("the provider of the AI system");
        assertThat(inform.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.immediate()).isTrue();
            assertThat(stage.dueAt()).as("due now, never a made-up instant").isNull();
            assertThat(stage.wording()).isEqualTo("immediately");
        });
    }

    @Test
    void art26_5_a_provider_has_no_deployer_duty() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");

        assertThat(s.assessment(ART_26_5).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }

    @Test
    void ai_act_roles_stay_open_without_an_inventory_entry_unless_the_profile_rules_them_out() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.roles = Set.of();
        s.riskClass = null;
        s.highRiskProvider = null;
        s.highRiskDeployer = false;

        assertThat(s.assessment(ART_73).applicability()).isEqualTo(Applicability.UNDETERMINED);
        assertThat(s.assessment(ART_26_5).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(s.finding(ART_26_5, "HIGH_RISK_DEPLOYER").because()).contains("deploys no high-risk AI system");
    }

    @Test
    void art55_a_provider_of_a_gpai_model_with_systemic_risk_reports_to_the_ai_office_without_undue_delay() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.riskClass = AiActRiskClass.GPAI_SYSTEMIC_RISK;
        s.deploymentJurisdictions = List.of("EU");
        s.jurisdictions = List.of("US");

        Obligation o = s.obligation(ART_55);

        assertThat(o.authority().name()).isEqualTo("AI Office");
        assertThat(o.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.immediate()).isTrue();
            assertThat(stage.dueAt()).isNull();
            assertThat(stage.wording()).isEqualTo("without undue delay");
        });
        assertThat(s.assessment(ART_73).applicability()).as("a GPAI model is not a high-risk system")
                .isEqualTo(Applicability.DOES_NOT_APPLY);
    }

    @Test
    void art55_a_model_neither_placed_on_the_union_market_nor_harming_there_is_out_of_reach() {
        Scenario s = seriousIncidentOnAHighRiskSystemWeProvide("2026-11-02T09:00:00Z");
        s.riskClass = AiActRiskClass.GPAI_SYSTEMIC_RISK;
        s.deploymentJurisdictions = List.of("US");
        s.jurisdictions = List.of("US-CA");

        assertThat(s.assessment(ART_55).applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
    }
}
