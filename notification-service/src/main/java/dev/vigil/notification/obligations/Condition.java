package dev.vigil.notification.obligations;

import dev.vigil.contracts.incident.HarmRealisation;

import java.util.function.Function;

import static dev.vigil.notification.obligations.Verdict.MET;
import static dev.vigil.notification.obligations.Verdict.NOT_MET;
import static dev.vigil.notification.obligations.Verdict.UNKNOWN;

/**
 * The conditions the catalogue's rules are made of. Each reads the facts and says why it holds,
 * fails, or cannot be decided yet; the catalogue decides which rule needs which.
 */
public enum Condition {

    HIGH_RISK_PROVIDER(c -> aiActRole(c, "HIGH_RISK_PROVIDER", OrganisationRole.PROVIDER, AiActRiskClass.HIGH_RISK,
            c.profile().euAiActHighRiskProvider(), "provides no high-risk AI system")),
    HIGH_RISK_DEPLOYER(c -> aiActRole(c, "HIGH_RISK_DEPLOYER", OrganisationRole.DEPLOYER, AiActRiskClass.HIGH_RISK,
            c.profile().euAiActHighRiskDeployer(), "deploys no high-risk AI system")),
    GPAI_SYSTEMIC_RISK_PROVIDER(c -> aiActRole(c, "GPAI_SYSTEMIC_RISK_PROVIDER", OrganisationRole.PROVIDER,
            AiActRiskClass.GPAI_SYSTEMIC_RISK, c.profile().gpaiSystemicRiskProvider(),
            "provides no general-purpose AI model with systemic risk")),

    HARM_REALISED(c -> {
        HarmRealisation r = c.incident().realisation();
        if (r == null) {
            return new Finding("HARM_REALISED", UNKNOWN, "whether harm was done is not known yet");
        }
        return r == HarmRealisation.INCIDENT
                ? new Finding("HARM_REALISED", MET, "the event is an AI incident: harm was done")
                : new Finding("HARM_REALISED", NOT_MET,
                "the event is an AI hazard that harmed no one, and a near miss is not a serious incident");
    }),
    SERIOUS_INCIDENT(c -> determined("SERIOUS_INCIDENT", c.determinations().seriousIncident(),
            "compliance determined a serious incident (AI Act Art. 3(49))",
            "compliance determined it is not a serious incident",
            "no serious-incident determination yet")),

    GDPR_CONTROLLER(c -> flag("GDPR_CONTROLLER", c.profile().gdprController(), "a GDPR controller")),
    PERSONAL_DATA_BREACH(c -> {
        Boolean breach = c.determinations().personalDataBreach();
        if (breach == null && Boolean.FALSE.equals(c.incident().personalDataInvolved())) {
            return new Finding("PERSONAL_DATA_BREACH", NOT_MET, "no personal data was involved");
        }
        return determined("PERSONAL_DATA_BREACH", breach, "compliance determined a personal-data breach",
                "compliance determined there was no personal-data breach", "no personal-data-breach determination yet");
    }),
    HIGH_RISK_TO_DATA_SUBJECTS(c -> determined("HIGH_RISK_TO_DATA_SUBJECTS", c.determinations().highRiskToDataSubjects(),
            "compliance determined a high risk to the rights and freedoms of data subjects",
            "compliance determined no high risk to data subjects", "no determination of the risk to data subjects yet")),

    NIS2_ENTITY(c -> {
        Nis2EntityType type = c.profile().nis2EntityType();
        if (type == null) {
            return new Finding("NIS2_ENTITY", UNKNOWN,
                    "the profile does not say whether the organisation is an essential or important entity");
        }
        if (type == Nis2EntityType.NOT_IN_SCOPE) {
            return new Finding("NIS2_ENTITY", NOT_MET, "the organisation profile says it is neither an essential nor an important entity");
        }
        String sector = c.profile().nis2Sector() == null ? "" : " in sector " + c.profile().nis2Sector();
        return new Finding("NIS2_ENTITY", MET, "the organisation is an " + type.name().toLowerCase() + " entity" + sector);
    }),
    NIS2_SIGNIFICANT_INCIDENT(c -> determined("NIS2_SIGNIFICANT_INCIDENT", c.determinations().nis2SignificantIncident(),
            "compliance determined a significant incident (NIS2 Art. 23(3))",
            "compliance determined it is not a significant incident", "no NIS2 significance determination yet")),

    DORA_FINANCIAL_ENTITY(c -> flag("DORA_FINANCIAL_ENTITY", c.profile().doraFinancialEntity(),
            "a financial entity under DORA")),
    DORA_MAJOR_INCIDENT(c -> determined("DORA_MAJOR_INCIDENT", c.determinations().doraMajorIncident(),
            "compliance classified it as a major ICT-related incident",
            "compliance classified it as not major", "no DORA classification yet")),

    SEC_REGISTRANT(c -> flag("SEC_REGISTRANT", c.profile().secRegistrant(), "an SEC registrant")),
    SEC_MATERIAL_INCIDENT(c -> determined("SEC_MATERIAL_INCIDENT", c.determinations().secMaterial(),
            "compliance determined the cybersecurity incident material",
            "compliance determined it is not material", "no materiality determination yet")),

    CA_FRONTIER_DEVELOPER(c -> flag("CA_FRONTIER_DEVELOPER", c.profile().californiaFrontierDeveloper(),
            "a frontier developer (California SB 53)")),
    CA_CRITICAL_SAFETY_INCIDENT(c -> determined("CA_CRITICAL_SAFETY_INCIDENT", c.determinations().caCriticalSafetyIncident(),
            "compliance determined a critical safety incident", "compliance determined it is not a critical safety incident",
            "no critical-safety-incident determination yet")),

    NY_LARGE_FRONTIER_DEVELOPER(c -> flag("NY_LARGE_FRONTIER_DEVELOPER", c.profile().newYorkLargeFrontierDeveloper(),
            "a large frontier developer (New York RAISE Act)")),
    NY_SAFETY_INCIDENT(c -> determined("NY_SAFETY_INCIDENT", c.determinations().nySafetyIncident(),
            "compliance determined a safety incident", "compliance determined it is not a safety incident",
            "no safety-incident determination yet")),

    PERSON_DIED(c -> {
        Integer deaths = c.incident().deaths();
        Integer harmed = c.incident().deathsOrSeriousInjuries();
        if (deaths != null) {
            return deaths > 0
                    ? new Finding("PERSON_DIED", MET, deaths + " death(s) reported")
                    : new Finding("PERSON_DIED", NOT_MET, "no death reported");
        }
        if (harmed == null) {
            return new Finding("PERSON_DIED", UNKNOWN, "the number of deaths or serious injuries is not known");
        }
        return harmed > 0
                ? new Finding("PERSON_DIED", UNKNOWN, harmed + " death(s) or serious injury(ies) reported, deaths not told apart")
                : new Finding("PERSON_DIED", NOT_MET, "no death or serious injury reported");
    }),
    WIDESPREAD_INFRINGEMENT(c -> determined("WIDESPREAD_INFRINGEMENT", c.determinations().widespreadInfringement(),
            "compliance determined a widespread infringement (AI Act Art. 3(61))",
            "compliance determined no widespread infringement", "no widespread-infringement determination yet")),
    SERIOUS_IRREVERSIBLE_CI_DISRUPTION(c -> {
        Boolean determined = c.determinations().seriousIrreversibleCriticalInfrastructureDisruption();
        if (determined == null && Boolean.FALSE.equals(c.incident().criticalInfrastructureDisruption())) {
            return new Finding("SERIOUS_IRREVERSIBLE_CI_DISRUPTION", NOT_MET, "no critical infrastructure was disrupted");
        }
        return determined("SERIOUS_IRREVERSIBLE_CI_DISRUPTION", determined,
                "compliance determined a serious and irreversible disruption of critical infrastructure",
                "compliance determined the disruption was not serious and irreversible",
                "no determination on disruption of critical infrastructure yet");
    }),
    IMMINENT_RISK_OF_DEATH_OR_SERIOUS_INJURY(c -> determined("IMMINENT_RISK_OF_DEATH_OR_SERIOUS_INJURY",
            c.determinations().imminentRiskOfDeathOrSeriousInjury(),
            "compliance determined an imminent risk of death or serious injury",
            "compliance determined no imminent risk of death or serious injury",
            "no determination of imminent risk yet"));

    private final Function<CaseFacts, Finding> test;

    Condition(Function<CaseFacts, Finding> test) {
        this.test = test;
    }

    Finding evaluate(CaseFacts facts) {
        return test.apply(facts);
    }

    private static Finding determined(String name, Boolean value, String yes, String no, String unknown) {
        return new Finding(name, Verdict.of(value), value == null ? unknown : value ? yes : no);
    }

    private static Finding flag(String name, Boolean value, String what) {
        return new Finding(name, Verdict.of(value), value == null
                ? "the organisation profile does not say whether the organisation is " + what
                : "the organisation profile says the organisation is " + (value ? "" : "not ") + what);
    }

    /**
     * The system's inventory entry decides the organisation's role and the system's class. Without it,
     * a profile that rules the role out for every system still decides; otherwise it stays open.
     */
    private static Finding aiActRole(CaseFacts c, String name, OrganisationRole role, AiActRiskClass riskClass,
                                     Boolean profileFlag, String profileDenial) {
        AiSystemFacts s = c.system();
        String system = s.systemId() == null ? "the system" : "system " + s.systemId();
        if (!s.roles().isEmpty() && s.riskClass() != null) {
            boolean hasRole = s.roles().contains(role);
            boolean hasClass = s.riskClass() == riskClass;
            String because = system + ": roles " + s.roles().stream().map(Enum::name).sorted().toList()
                    + ", risk class " + s.riskClass();
            if (hasRole && hasClass) {
                return new Finding(name, MET, because);
            }
            return new Finding(name, NOT_MET, because + (hasRole ? "" : "; the organisation is not its " + role.name().toLowerCase())
                    + (hasClass ? "" : "; it is not " + riskClass));
        }
        if (Boolean.FALSE.equals(profileFlag)) {
            return new Finding(name, NOT_MET, "the organisation profile says the organisation " + profileDenial);
        }
        return new Finding(name, UNKNOWN, system + ": the inventory does not say the organisation's role and the risk class");
    }
}
