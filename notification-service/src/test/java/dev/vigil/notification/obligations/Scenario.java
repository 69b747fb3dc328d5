package dev.vigil.notification.obligations;

import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts of one case, written field by field so that each test states only what it turns on.
 * Everything starts unknown; the function is pure, so changing a fact and asking again is how a
 * corrected fact is tested.
 */
final class Scenario {

    static final Obligations OBLIGATIONS = Obligations.standard();

    // organisation profile
    List<LegalEntity> legalEntities = new ArrayList<>();
    Boolean highRiskProvider;
    Boolean highRiskDeployer;
    Boolean gpaiSystemicRiskProvider;
    Boolean gdprController;
    Nis2EntityType nis2EntityType;
    String nis2Sector;
    Boolean doraFinancialEntity;
    Boolean secRegistrant;
    Boolean californiaFrontierDeveloper;
    Boolean newYorkLargeFrontierDeveloper;
    List<CompetentAuthority> authorities = new ArrayList<>();

    // the AI system
    String systemId = "triage-assistant";
    Set<OrganisationRole> roles = Set.of();
    AiActRiskClass riskClass;
    List<String> deploymentJurisdictions = List.of();

    // the incident
    Instant awareAt;
    Instant occurredAt;
    List<String> jurisdictions = List.of();
    HarmRealisation realisation;
    List<HarmClass> harmClasses = List.of();
    Integer deathsOrSeriousInjuries;
    Integer deaths;
    Boolean personalDataInvolved;
    Boolean criticalInfrastructureDisruption;

    // determinations
    Boolean seriousIncident;
    Boolean causalLinkEstablished;
    Instant causalLinkEstablishedAt;
    Boolean widespreadInfringement;
    Boolean seriousIrreversibleCiDisruption;
    Boolean personalDataBreach;
    Boolean highRiskToDataSubjects;
    Boolean nis2SignificantIncident;
    Boolean doraMajorIncident;
    Instant doraClassifiedAt;
    Boolean secMaterial;
    Instant secMaterialityDeterminedAt;
    Boolean caCriticalSafetyIncident;
    Instant caDiscoveredAt;
    Boolean nySafetyIncident;
    Instant nyDeterminedAt;
    Boolean imminentRisk;

    List<Submission> submissions = new ArrayList<>();

    /** A serious incident with harm done in Germany, on a high-risk system the organisation provides. */
    static Scenario seriousIncidentOnAHighRiskSystemWeProvide(String awareAt) {
        Scenario s = new Scenario();
        s.legalEntities.add(new LegalEntity("Vigil Test GmbH", "DE"));
        s.highRiskProvider = true;
        s.roles = Set.of(OrganisationRole.PROVIDER);
        s.riskClass = AiActRiskClass.HIGH_RISK;
        s.deploymentJurisdictions = List.of("DE");
        s.awareAt = Instant.parse(awareAt);
        s.jurisdictions = List.of("DE");
        s.realisation = HarmRealisation.INCIDENT;
        s.harmClasses = List.of(HarmClass.HEALTH);
        s.deathsOrSeriousInjuries = 0;
        s.seriousIncident = true;
        return s;
    }

    Scenario authority(Regime regime, String jurisdiction, String name, String zone) {
        authorities.add(new CompetentAuthority(regime, jurisdiction, name, ZoneId.of(zone)));
        return this;
    }

    Scenario submitted(String ruleId, String stageId, String at) {
        submissions.add(new Submission(ruleId, null, stageId, Instant.parse(at)));
        return this;
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(legalEntities, highRiskProvider, highRiskDeployer, gpaiSystemicRiskProvider,
                gdprController, nis2EntityType, nis2Sector, doraFinancialEntity, secRegistrant, californiaFrontierDeveloper,
                newYorkLargeFrontierDeveloper, authorities);
    }

    AiSystemFacts system() {
        return new AiSystemFacts(systemId, roles, riskClass, deploymentJurisdictions);
    }

    IncidentFacts incident() {
        return new IncidentFacts(awareAt, occurredAt, jurisdictions, realisation, harmClasses, deathsOrSeriousInjuries,
                deaths, personalDataInvolved, criticalInfrastructureDisruption);
    }

    ComplianceDeterminations determinations() {
        return new ComplianceDeterminations(seriousIncident, causalLinkEstablished, causalLinkEstablishedAt,
                widespreadInfringement, seriousIrreversibleCiDisruption, personalDataBreach, highRiskToDataSubjects,
                nis2SignificantIncident, doraMajorIncident, doraClassifiedAt, secMaterial, secMaterialityDeterminedAt,
                caCriticalSafetyIncident, caDiscoveredAt, nySafetyIncident, nyDeterminedAt, imminentRisk);
    }

    List<Obligation> obligations() {
        return OBLIGATIONS.compute(profile(), system(), incident(), determinations(), submissions);
    }

    List<RuleAssessment> assessments() {
        return OBLIGATIONS.explainAll(profile(), system(), incident(), determinations(), submissions);
    }

    /** The one obligation of a rule (the test fails if there is none or several). */
    Obligation obligation(String ruleId) {
        List<Obligation> found = obligations().stream().filter(o -> o.ruleId().equals(ruleId)).toList();
        assertThat(found).as("obligations of %s in %s", ruleId, assessment(ruleId)).hasSize(1);
        return found.getFirst();
    }

    ObligationStage stage(String ruleId, String stageId) {
        return obligation(ruleId).stages().stream().filter(s -> s.id().equals(stageId)).findFirst().orElseThrow();
    }

    RuleAssessment assessment(String ruleId) {
        return assessments().stream().filter(a -> a.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    Finding finding(String ruleId, String condition) {
        return assessment(ruleId).findings().stream().filter(f -> f.condition().equals(condition)).findFirst().orElseThrow();
    }
}
