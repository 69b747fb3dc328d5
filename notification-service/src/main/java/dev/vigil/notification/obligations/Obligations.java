package dev.vigil.notification.obligations;

import dev.vigil.notification.obligations.RegimeCatalogue.AuthorityRule;
import dev.vigil.notification.obligations.RegimeCatalogue.Deadline;
import dev.vigil.notification.obligations.RegimeCatalogue.Limit;
import dev.vigil.notification.obligations.RegimeCatalogue.Rule;
import dev.vigil.notification.obligations.RegimeCatalogue.StageRule;
import dev.vigil.notification.obligations.RegimeCatalogue.TerritoryBasis;
import dev.vigil.notification.obligations.RegimeCatalogue.Variant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.vigil.notification.obligations.Verdict.MET;
import static dev.vigil.notification.obligations.Verdict.NOT_MET;
import static dev.vigil.notification.obligations.Verdict.UNKNOWN;

/**
 * The obligations one incident gives rise to: a pure function of the organisation's profile, the AI
 * system's facts, the incident's facts, compliance's determinations and the stages already submitted,
 * read through the regime catalogue. Time comes only from those facts, so a corrected fact (awareness
 * found earlier, a death withdrawn) is just a recomputation that moves the deadline either way.
 */
public final class Obligations {

    private final RegimeCatalogue catalogue;
    private final PublicHolidays holidays;

    public Obligations(RegimeCatalogue catalogue, PublicHolidays holidays) {
        this.catalogue = catalogue;
        this.holidays = holidays;
    }

    /** The shipped catalogue with jollyday's public holidays. */
    public static Obligations standard() {
        return new Obligations(RegimeCatalogue.standard(), new JollydayHolidays());
    }

    public RegimeCatalogue catalogue() {
        return catalogue;
    }

    /** The obligations that apply, each with the explanation of why. */
    public List<Obligation> compute(OrganisationProfile profile, AiSystemFacts system, IncidentFacts incident,
                                    ComplianceDeterminations determinations, List<Submission> submissions) {
        return explainAll(profile, system, incident, determinations, submissions).stream()
                .flatMap(assessment -> assessment.obligations().stream())
                .toList();
    }

    /** Every rule of the catalogue, once each, with why it applies, does not, or cannot be told yet. */
    public List<RuleAssessment> explainAll(OrganisationProfile profile, AiSystemFacts system, IncidentFacts incident,
                                           ComplianceDeterminations determinations, List<Submission> submissions) {
        CaseFacts facts = new CaseFacts(profile, system, incident, determinations);
        List<Submission> submitted = submissions == null ? List.of() : List.copyOf(submissions);
        Map<String, List<Rule>> versionsById = new LinkedHashMap<>();
        catalogue.rules().forEach(rule -> versionsById.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule));
        return versionsById.values().stream().map(versions -> assess(versions, facts, submitted)).toList();
    }

    private RuleAssessment assess(List<Rule> versions, CaseFacts facts, List<Submission> submitted) {
        Rule rule = null;
        ClockReading clock = null;
        for (Rule version : versions) {
            ClockReading reading = clockStart(version, facts);
            Instant reference = reading.at() != null ? reading.at() : facts.incident().awareAt();
            if (reference != null && version.inForceOn(localDate(reference, version))) {
                rule = version;
                clock = reading;
                break;
            }
        }
        Finding inForce;
        if (rule != null) {
            inForce = new Finding("IN_FORCE", MET, "version " + rule.version() + " is in force from " + rule.inForceFrom()
                    + (rule.inForceUntil() == null ? "" : " until " + rule.inForceUntil()));
        } else {
            rule = versions.stream().max(Comparator.comparing(Rule::inForceFrom)).orElseThrow();
            clock = clockStart(rule, facts);
            Instant reference = clock.at() != null ? clock.at() : facts.incident().awareAt();
            inForce = reference == null
                    ? new Finding("IN_FORCE", UNKNOWN, "no date to tell which version is in force")
                    : new Finding("IN_FORCE", NOT_MET, "in force from " + rule.inForceFrom()
                    + (rule.inForceUntil() == null ? "" : " until " + rule.inForceUntil()) + ", and the clock would start on "
                    + localDate(reference, rule));
        }

        List<Finding> findings = new ArrayList<>();
        findings.add(inForce);
        TerritoryReading territory = territory(rule, facts);
        if (territory.finding() != null) {
            findings.add(territory.finding());
        }
        rule.conditions().forEach(condition -> findings.add(condition.evaluate(facts)));
        Verdict conditions = Verdict.allOf(findings.subList(1, findings.size()).stream().map(Finding::verdict).toList());
        findings.add(clock.finding());

        Applicability applicability;
        if (conditions == NOT_MET) {
            applicability = Applicability.DOES_NOT_APPLY;
        } else if (inForce.verdict() == NOT_MET) {
            applicability = Applicability.NOT_IN_FORCE;
        } else if (conditions == UNKNOWN || inForce.verdict() == UNKNOWN || clock.at() == null) {
            applicability = Applicability.UNDETERMINED;
        } else {
            applicability = Applicability.APPLIES;
        }
        List<Obligation> obligations = new ArrayList<>();
        if (applicability == Applicability.APPLIES) {
            for (AuthorityChoice authority : authorities(rule, territory.matched(), facts)) {
                obligations.add(obligation(rule, facts, clock, authority, findings, submitted));
            }
        }
        return new RuleAssessment(rule.id(), rule.regime(), rule.title(), rule.citation(), rule.version(), applicability,
                findings, obligations);
    }

    private Obligation obligation(Rule rule, CaseFacts facts, ClockReading clock, AuthorityChoice authority,
                                  List<Finding> ruleFindings, List<Submission> submitted) {
        List<Finding> explanation = new ArrayList<>(ruleFindings);
        explanation.add(authority.finding());
        List<ObligationStage> stages = new ArrayList<>();
        for (StageRule stage : rule.stages()) {
            stages.add(stage(rule, stage, facts, clock, authority.authority(), submitted, explanation));
        }
        return new Obligation(rule.id(), rule.regime(), rule.title(), rule.citation(), rule.version(),
                authority.authority(), authority.configured(), clock.fact(), clock.at(), stages, explanation);
    }

    /**
     * A stage's deadline is its own, or a variant's when one of the variant's conditions holds (or is
     * still unknown, where the catalogue says that counts). The earliest candidate wins; "immediately"
     * beats any instant.
     */
    private ObligationStage stage(Rule rule, StageRule stage, CaseFacts facts, ClockReading clock,
                                  CompetentAuthority authority, List<Submission> submitted, List<Finding> explanation) {
        List<Due> candidates = new ArrayList<>();
        candidates.add(due(stage.deadline(), "", rule, facts, clock, authority, submitted));
        for (Variant variant : stage.variants()) {
            List<Finding> variantFindings = variant.whenAny().stream().map(c -> c.evaluate(facts)).toList();
            Verdict verdict = Verdict.anyOf(variantFindings.stream().map(Finding::verdict).toList());
            variantFindings.forEach(f -> explanation.add(new Finding(stage.id() + " variant: " + f.condition(), f.verdict(),
                    f.because())));
            if (verdict == MET || verdict == UNKNOWN && variant.unknownCounts()) {
                String why = (verdict == MET ? "variant for " : "variant kept as a precaution, not ruled out: ")
                        + String.join(" or ", variant.whenAny().stream().map(Enum::name).toList())
                        + (variant.reading() == null ? "" : " (" + variant.reading() + ")") + ": ";
                candidates.add(due(variant.deadline(), why, rule, facts, clock, authority, submitted));
            }
        }
        Due chosen = candidates.stream().filter(Due::immediate).findFirst()
                .or(() -> candidates.stream().filter(d -> d.dueAt() != null).min(Comparator.comparing(Due::dueAt)))
                .orElse(candidates.getFirst());
        String reading = stage.reading() == null ? "" : "; reading used: " + stage.reading()
                + (stage.source() == null ? "" : " (" + stage.source() + ")");
        Instant submittedAt = submission(submitted, rule.id(), authority.jurisdiction(), stage.id()).orElse(null);
        return new ObligationStage(stage.id(), stage.name(), chosen.dueAt(), chosen.immediate(), chosen.wording(),
                chosen.startsFrom(), chosen.startsAt(), chosen.waitingFor(), submittedAt, chosen.basis() + reading);
    }

    private Due due(Deadline deadline, String prefix, Rule rule, CaseFacts facts, ClockReading clock,
                    CompetentAuthority authority, List<Submission> submitted) {
        if (deadline.immediately() != null) {
            return new Due(null, true, deadline.immediately(), clock.fact().name(), clock.at(), null,
                    prefix + "due now: " + deadline.immediately());
        }
        Due best = null;
        String waitingFor = null;
        List<String> skipped = new ArrayList<>();
        for (Limit limit : deadline.earliestOf()) {
            String startsFrom;
            Instant start;
            if (limit.afterSubmissionOf() != null) {
                startsFrom = "submission of " + limit.afterSubmissionOf();
                start = submission(submitted, rule.id(), authority.jurisdiction(), limit.afterSubmissionOf()).orElse(null);
                if (start == null) {
                    waitingFor = limit.afterSubmissionOf();
                    continue;
                }
            } else if (limit.from() != null) {
                startsFrom = limit.from().name();
                start = limit.from().valueIn(facts);
                if (start == null) {
                    skipped.add(limit.amount() + " " + unit(limit) + " after " + limit.from().description() + " (not known)");
                    continue;
                }
            } else {
                startsFrom = clock.fact().name();
                start = clock.at();
            }
            Instant dueAt = Deadlines.add(start, limit.amount(), limit.unit(), authority.zone(), authority.jurisdiction(),
                    holidays);
            if (best == null || dueAt.isBefore(best.dueAt())) {
                String calendar = limit.unit() == DeadlineUnit.BUSINESS_DAYS
                        ? ", skipping weekends and " + holidays.describe(authority.jurisdiction()) : "";
                best = new Due(dueAt, false, null, startsFrom, start, null, prefix + limit.amount() + " " + unit(limit)
                        + " after " + startsFrom + " at " + start + ", counted in " + authority.zone() + calendar);
            }
        }
        String skippedNote = skipped.isEmpty() ? "" : "; not counted: " + String.join(", ", skipped);
        if (best != null) {
            return best.withBasis(best.basis() + (deadline.earliestOf().size() > 1 ? " (the earliest of "
                    + deadline.earliestOf().size() + " limits)" : "") + skippedNote);
        }
        if (waitingFor != null) {
            return new Due(null, false, null, "submission of " + waitingFor, null, waitingFor,
                    prefix + "counts from the submission of " + waitingFor + ", not yet submitted" + skippedNote);
        }
        return new Due(null, false, null, null, null, null, prefix + "no limit can be counted yet" + skippedNote);
    }

    private static String unit(Limit limit) {
        return limit.unit().name().toLowerCase().replace('_', ' ');
    }

    private static Optional<Instant> submission(List<Submission> submitted, String ruleId, String jurisdiction,
                                                String stageId) {
        return submitted.stream()
                .filter(s -> s.ruleId().equals(ruleId) && s.stageId().equals(stageId)
                        && (s.authorityJurisdiction() == null || s.authorityJurisdiction().equals(jurisdiction)))
                .map(Submission::submittedAt)
                .min(Comparator.naturalOrder());
    }

    private static ClockReading clockStart(Rule rule, CaseFacts facts) {
        RegimeCatalogue.ClockStart spec = rule.clockStart();
        Fact chosen = null;
        Instant at = null;
        for (Fact fact : spec.facts()) {
            Instant value = fact.valueIn(facts);
            if (value == null) {
                continue;
            }
            if (at == null || spec.mode() == RegimeCatalogue.ClockStartMode.LATEST_KNOWN && value.isAfter(at)) {
                chosen = fact;
                at = value;
            }
            if (spec.mode() == RegimeCatalogue.ClockStartMode.FIRST_KNOWN) {
                break;
            }
        }
        String of = (spec.mode() == RegimeCatalogue.ClockStartMode.FIRST_KNOWN ? "the first known of " : "the latest known of ")
                + spec.facts().stream().map(Enum::name).toList();
        Finding finding = at == null
                ? new Finding("CLOCK_START", UNKNOWN, "the clock starts at " + of + ", and none is known yet")
                : new Finding("CLOCK_START", MET, "the clock started at " + chosen.description() + ", " + at + " (" + of + ")");
        return new ClockReading(chosen == null ? spec.facts().getFirst() : chosen, at, finding);
    }

    private static LocalDate localDate(Instant instant, Rule rule) {
        return instant.atZone(rule.authority().defaultZone()).toLocalDate();
    }

    private TerritoryReading territory(Rule rule, CaseFacts facts) {
        String code = rule.territory().code();
        if (rule.territory().basis().isEmpty()) {
            return new TerritoryReading(null, List.of());
        }
        Set<String> matched = new LinkedHashSet<>();
        List<String> outside = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (TerritoryBasis basis : rule.territory().basis()) {
            List<String> codes = jurisdictions(basis, facts);
            if (codes.isEmpty()) {
                unknown.add(describe(basis));
            }
            for (String jurisdiction : codes) {
                if (catalogue.contains(code, jurisdiction)) {
                    matched.add(jurisdiction);
                } else {
                    outside.add(jurisdiction);
                }
            }
        }
        Finding finding;
        if (!matched.isEmpty()) {
            finding = new Finding("TERRITORY", MET, String.join(", ", matched) + " lies in " + code);
        } else if (!unknown.isEmpty()) {
            finding = new Finding("TERRITORY", UNKNOWN, "not known: " + String.join(", ", unknown)
                    + (outside.isEmpty() ? "" : "; " + String.join(", ", outside) + " lies outside " + code));
        } else {
            finding = new Finding("TERRITORY", NOT_MET, String.join(", ", outside) + " lies outside " + code
                    + ": judged by " + String.join(" or ", rule.territory().basis().stream().map(this::describe).toList()));
        }
        return new TerritoryReading(finding, List.copyOf(matched));
    }

    private static List<String> jurisdictions(TerritoryBasis basis, CaseFacts facts) {
        return switch (basis) {
            case INCIDENT -> facts.incident().jurisdictions();
            case ESTABLISHMENT -> facts.profile().legalEntities().stream().map(LegalEntity::establishedIn)
                    .filter(Objects::nonNull).toList();
            case DEPLOYMENT -> facts.system().deploymentJurisdictions();
        };
    }

    private String describe(TerritoryBasis basis) {
        return switch (basis) {
            case INCIDENT -> "where the incident happened";
            case ESTABLISHMENT -> "where the organisation is established";
            case DEPLOYMENT -> "where the system is placed on the market or used";
        };
    }

    /**
     * One obligation per authority: a fixed one (a Union body, a state's office), or one for each
     * jurisdiction of the territory that places it. The profile's authority for that regime and
     * jurisdiction is used; without one, the catalogue's default stands in and the explanation says so.
     */
    private List<AuthorityChoice> authorities(Rule rule, List<String> matched, CaseFacts facts) {
        AuthorityRule spec = rule.authority();
        List<String> codes;
        if (spec.jurisdiction() != null) {
            codes = List.of(spec.jurisdiction());
        } else {
            List<String> placed = spec.placedBy() == null ? List.of() : jurisdictions(spec.placedBy(), facts).stream()
                    .filter(j -> catalogue.contains(rule.territory().code(), j)).distinct().toList();
            codes = !placed.isEmpty() ? placed : !matched.isEmpty() ? matched : List.of(rule.territory().code());
        }
        return codes.stream().map(code -> facts.profile().authorities().stream()
                        .filter(a -> a.regime() == rule.regime() && code.equals(a.jurisdiction()))
                        .findFirst()
                        .map(a -> new AuthorityChoice(a, true, new Finding("AUTHORITY", MET,
                                a.name() + " (" + code + "), as named in the organisation profile")))
                        .orElseGet(() -> new AuthorityChoice(
                                new CompetentAuthority(rule.regime(), code, spec.defaultName(), spec.defaultZone()), false,
                                new Finding("AUTHORITY", MET, spec.defaultName() + " (" + code
                                        + "): the organisation profile names none, so the catalogue's default is used"))))
                .toList();
    }

    private record ClockReading(Fact fact, Instant at, Finding finding) {
    }

    private record TerritoryReading(Finding finding, List<String> matched) {
    }

    private record AuthorityChoice(CompetentAuthority authority, boolean configured, Finding finding) {
    }

    private record Due(Instant dueAt, boolean immediate, String wording, String startsFrom, Instant startsAt,
                       String waitingFor, String basis) {
        Due withBasis(String newBasis) {
            return new Due(dueAt, immediate, wording, startsFrom, startsAt, waitingFor, newBasis);
        }
    }
}
