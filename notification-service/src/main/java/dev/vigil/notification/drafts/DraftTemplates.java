package dev.vigil.notification.drafts;

import dev.vigil.contracts.incident.Person;
import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftDocument.Section;
import dev.vigil.notification.events.ObligationTerms.Stage;
import dev.vigil.notification.events.OrganisationFacts;
import dev.vigil.notification.obligations.AiSystemFacts;
import dev.vigil.notification.obligations.IncidentFacts;
import dev.vigil.notification.register.ObligationView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The template of each regime's notification, filled in with what notification-service knows: who
 * we are (the profile), the authority and the stage, the system (the inventory), what happened and
 * when we became aware (the incident), the harm and the people affected (the impact assessment),
 * compliance's determinations, measures and contact. What it cannot know is left as a
 * "[to be completed: …]" placeholder, and a draft with one left is not approved.
 */
final class DraftTemplates {

    static final String TO_BE_COMPLETED = DraftDocument.PLACEHOLDER;

    /** A regime's own sections, after the common ones: key, heading, what to write. */
    private static final Map<String, List<String[]>> REGIME_SECTIONS = Map.of(
            "EU_AI_ACT", List.<String[]>of(new String[]{"causal-link", "Causal link between the AI system and the incident",
                    "the established causal link, or its reasonable likelihood, and when it was established (Art. 73(2))"},
                    new String[]{"corrective-actions", "Corrective actions and risk assessment",
                            "the investigation and risk assessment under Art. 73(6), without altering the system first"}),
            "GDPR", List.<String[]>of(new String[]{"data-subjects", "Data subjects and personal-data records concerned",
                    "categories and approximate number of data subjects and of records (Art. 33(3)(a))"},
                    new String[]{"consequences", "Likely consequences of the breach", "Art. 33(3)(c)"},
                    new String[]{"dpo", "Data protection officer", "name and contact details of the DPO (Art. 33(3)(b))"}),
            "NIS2", List.<String[]>of(new String[]{"malicious-act", "Unlawful or malicious act; cross-border impact",
                    "whether the incident is suspected of being caused by unlawful or malicious acts or could have a "
                            + "cross-border impact (Art. 23(4)(a))"},
                    new String[]{"indicators", "Severity, impact and indicators of compromise",
                            "initial assessment of severity and impact, indicators of compromise (Art. 23(4)(b))"}),
            "DORA", List.<String[]>of(new String[]{"classification", "Classification as a major ICT-related incident",
                    "the criteria met under Delegated Regulation (EU) 2024/1772"}),
            "SEC", List.<String[]>of(new String[]{"material-impact", "Material aspects and material impact",
                    "nature, scope and timing of the incident and its material or reasonably likely material impact "
                            + "(Form 8-K Item 1.05(a))"}),
            "CA_SB53", List.<String[]>of(new String[]{"critical-safety", "Critical safety incident",
                    "the date of the incident, the reasons it is a critical safety incident (BPC 22757.13)"}),
            "NY_RAISE", List.<String[]>of(new String[]{"safety-incident", "Safety incident",
                    "the date of the incident and why it qualifies as a safety incident (GBL 1422)"}));

    private DraftTemplates() {
    }

    /** Everything the template is filled in from; any of it may be unknown (null). */
    record Facts(ObligationView obligation, Stage stage, KnownIncident incident, IncidentFacts incidentFacts,
                 AiSystemFacts system, OrganisationFacts profile, Determinations determinations, Person drafter) {
    }

    /** The template's id for an obligation: its rule (e.g. {@code eu-ai-act-art-73}). */
    static String templateOf(ObligationView obligation) {
        return obligation.ruleId();
    }

    static DraftDocument fill(Facts f) {
        ObligationView o = f.obligation();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("addressee", "Addressed to", o.authority().name() + " (" + o.authority().jurisdiction()
                + ")\n" + o.title() + " — " + f.stage().name() + "\n" + o.citation() + "\n" + due(f.stage())));
        sections.add(new Section("reporter", "Who we are", reporter(f.profile())));
        sections.add(new Section("system", "The AI system", system(f)));
        sections.add(new Section("what-happened", "What happened", whatHappened(f.incident())));
        sections.add(new Section("awareness", "When we became aware", awareness(f)));
        sections.add(new Section("harm", "Harm", harm(f.incidentFacts())));
        sections.add(new Section("people-affected", "People affected", peopleAffected(f.incidentFacts())));
        for (String[] extra : REGIME_SECTIONS.getOrDefault(o.regime(), List.of())) {
            sections.add(new Section(extra[0], extra[1], extra[0].equals("causal-link") ? causalLink(f) : todo(extra[2])));
        }
        sections.add(new Section("measures", "Measures taken", todo("the measures taken and planned to contain the "
                + "incident, mitigate its effects and prevent recurrence")));
        sections.add(new Section("contact", "Contact", f.drafter().name() + " (" + f.drafter().subject() + ")\n"
                + todo("telephone and e-mail for the authority's questions")));
        return new DraftDocument(o.title() + " — " + f.stage().name() + (f.incident() == null ? ""
                : " (" + f.incident().key() + ")"), sections);
    }

    private static String due(Stage stage) {
        if (stage.immediate()) {
            return "Due: " + (stage.wording() == null ? "immediately" : stage.wording());
        }
        return stage.dueAt() == null ? "Due: counts from the submission of " + stage.waitingFor()
                : "Due: " + stage.dueAt();
    }

    private static String reporter(OrganisationFacts profile) {
        if (profile == null || profile.legalEntities().isEmpty()) {
            return todo("the legal entity, where it is established, and its role");
        }
        return profile.legalEntities().stream().map(e -> e.name() + ", established in " + e.establishedIn())
                .collect(Collectors.joining("\n"));
    }

    private static String system(Facts f) {
        AiSystemFacts s = f.system();
        String model = f.incident() == null || f.incident().modelVersion() == null ? ""
                : ", version " + f.incident().modelVersion();
        if (s == null || s.systemId() == null) {
            return f.incident() == null ? todo("the AI system concerned") : f.incident().systemId() + model;
        }
        String roles = s.roles() == null || s.roles().isEmpty() ? "role not recorded"
                : "our role: " + s.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return s.systemId() + model + "\nRisk class: " + (s.riskClass() == null ? "not recorded" : s.riskClass())
                + "; " + roles + (s.deploymentJurisdictions().isEmpty() ? ""
                : "\nPlaced on the market or used in: " + String.join(", ", s.deploymentJurisdictions()));
    }

    private static String whatHappened(KnownIncident i) {
        if (i == null) {
            return todo("what happened");
        }
        List<String> lines = new ArrayList<>();
        lines.add(i.key() + ": " + i.title());
        if (i.summary() != null) {
            lines.add(i.summary());
        }
        if (i.occurredAt() != null) {
            lines.add("Occurred at: " + i.occurredAt());
        }
        if (i.jurisdictions() != null && !i.jurisdictions().isEmpty()) {
            lines.add("Where: " + String.join(", ", i.jurisdictions()));
        }
        if (i.category() != null) {
            lines.add("Category: " + i.category() + "; severity " + i.severity());
        }
        return String.join("\n", lines);
    }

    private static String awareness(Facts f) {
        Instant aware = f.incidentFacts() != null ? f.incidentFacts().awareAt()
                : f.incident() == null ? null : f.incident().awareAt();
        String line = aware == null ? todo("when the organisation became aware") : "Aware at: " + aware;
        ObligationView o = f.obligation();
        return o.clockStartedAt() == null ? line
                : line + "\nThe clock counts from " + o.clockStartFact() + ", " + o.clockStartedAt();
    }

    private static String harm(IncidentFacts facts) {
        if (facts == null || facts.realisation() == null) {
            return todo("the harm realised or possible");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Realised: " + facts.realisation() + (facts.harmClasses().isEmpty() ? ""
                : "; harm: " + facts.harmClasses().stream().map(Enum::name).collect(Collectors.joining(", "))));
        if (facts.personalDataInvolved() != null) {
            lines.add("Personal data involved: " + (facts.personalDataInvolved() ? "yes" : "no"));
        }
        if (Boolean.TRUE.equals(facts.criticalInfrastructureDisruption())) {
            lines.add("Critical infrastructure disrupted");
        }
        return String.join("\n", lines);
    }

    private static String peopleAffected(IncidentFacts facts) {
        if (facts == null || facts.deathsOrSeriousInjuries() == null) {
            return todo("the number and categories of people affected");
        }
        return "Deaths or serious injuries: " + facts.deathsOrSeriousInjuries() + "\n"
                + todo("other people affected, and their categories");
    }

    private static String causalLink(Facts f) {
        Determinations d = f.determinations();
        if (d != null && Boolean.TRUE.equals(d.causalLinkEstablished()) && d.causalLinkEstablishedAt() != null) {
            return "Causal link established at " + d.causalLinkEstablishedAt();
        }
        return todo("the causal link between the AI system and the incident, or its reasonable likelihood (Art. 73(2))");
    }

    private static String todo(String what) {
        return TO_BE_COMPLETED + " " + what + "]";
    }
}
