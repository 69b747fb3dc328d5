package dev.vigil.review.reviews;

import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.review.incidentfacts.IncidentFacts;
import dev.vigil.review.incidentfacts.IncidentFacts.Decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first draft of a review's summary, impact, timeline and response sections, written from the
 * incident's facts. Pure: the same facts give the same texts, so a refresh changes only what changed.
 */
public final class Prefill {

    private Prefill() {
    }

    public static Map<String, String> of(IncidentFacts f) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(Section.SUMMARY.key(), summary(f));
        sections.put(Section.IMPACT.key(), impact(f));
        sections.put(Section.TIMELINE.key(), timeline(f));
        sections.put(Section.RESPONSE_AND_RECOVERY.key(), response(f));
        return sections;
    }

    private static String summary(IncidentFacts f) {
        StringBuilder s = new StringBuilder(f.key() + ": " + f.title() + ".");
        if (f.summary() != null && !f.summary().isBlank()) {
            s.append("\n\n").append(f.summary().strip());
        }
        s.append("\n\nSystem ").append(f.systemId());
        if (f.modelVersion() != null) {
            s.append(", model version ").append(f.modelVersion());
        }
        s.append(". Category ").append(f.category()).append(", detected by ").append(f.detectionSource())
                .append(". Highest severity ").append(f.highestSeverity());
        if (f.highestSeverity() != f.severity()) {
            s.append(" (").append(f.severity()).append(" at the end)");
        }
        return s.append('.').toString();
    }

    private static String impact(IncidentFacts f) {
        ImpactAssessment a = f.impact();
        if (a == null) {
            return "No impact assessment was recorded during the incident.";
        }
        List<String> lines = new ArrayList<>();
        lines.add("Realisation: " + a.realisation() + ".");
        if (!a.harmClasses().isEmpty()) {
            lines.add("Harm classes: " + a.harmClasses().stream().map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
        if (a.peopleAffected() != null) {
            lines.add("People affected: " + a.peopleAffected() + ".");
        }
        if (Boolean.TRUE.equals(a.minorsAffected())) {
            lines.add("Minors were affected.");
        }
        if (Boolean.TRUE.equals(a.protectedGroupsAffected())) {
            lines.add("Protected groups were affected.");
        }
        if (Boolean.TRUE.equals(a.personalDataInvolved())) {
            lines.add("Personal data was involved.");
        }
        if (a.deathsOrSeriousInjuries() != null && a.deathsOrSeriousInjuries() > 0) {
            lines.add("Deaths or serious injuries: " + a.deathsOrSeriousInjuries() + ".");
        }
        if (Boolean.TRUE.equals(a.criticalInfrastructureDisruption())) {
            lines.add("Critical infrastructure was disrupted.");
        }
        if (a.sector() != null) {
            lines.add("Sector: " + a.sector() + ".");
        }
        return String.join("\n", lines);
    }

    private record Line(Instant at, String text) {
    }

    private static String timeline(IncidentFacts f) {
        List<Line> lines = new ArrayList<>();
        IncidentFacts.Times t = f.times();
        add(lines, t.occurredAt(), "The incident began.");
        add(lines, t.detectedAt(), "Detected (" + f.detectionSource() + ").");
        add(lines, t.awareAt(), "The organisation became aware.");
        add(lines, t.declaredAt(), "Declared " + f.key() + " at " + f.severityHistory().getFirst().to() + ".");
        f.severityHistory().stream().skip(1).forEach(s -> add(lines, s.at(),
                "Severity " + s.from() + " → " + s.to() + (s.reason() == null ? "." : ": " + s.reason() + ".")));
        f.commanders().stream().findFirst().ifPresent(c -> add(lines, t.acknowledgedAt(),
                "Acknowledged: " + c.name() + " took command."));
        f.decisions().forEach(d -> add(lines, d.decidedAt(), describe(d)));
        f.updates().forEach(u -> add(lines, u.postedAt(), "External status update: " + u.text()));
        add(lines, t.containedAt(), "Contained.");
        f.resolutions().forEach(r -> add(lines, r.at(), "Resolved" + (r.reason() == null ? "." : ": " + r.reason() + ".")));
        return lines.stream().sorted(Comparator.comparing(Line::at))
                .map(l -> "- " + l.at() + " " + l.text()).collect(Collectors.joining("\n"));
    }

    private static String response(IncidentFacts f) {
        List<String> lines = new ArrayList<>();
        List<Decision> containment = f.decisions().stream().filter(Decision::containment).toList();
        List<Decision> other = f.decisions().stream().filter(d -> !d.containment()).toList();
        if (!containment.isEmpty()) {
            lines.add("Containment steps:");
            containment.forEach(d -> lines.add("- " + describe(d)));
        }
        if (!other.isEmpty()) {
            lines.add("Decisions:");
            other.forEach(d -> lines.add("- " + describe(d)));
        }
        if (!f.updates().isEmpty()) {
            lines.add("What customers and the public were told:");
            f.updates().forEach(u -> lines.add("- " + u.postedAt() + " " + u.text()));
        }
        IncidentFacts.Times t = f.times();
        if (t.declaredAt() != null) {
            lines.add("Time to acknowledge: " + duration(t.declaredAt(), t.acknowledgedAt())
                    + "; to contain: " + duration(t.declaredAt(), t.containedAt())
                    + "; to resolve: " + duration(t.declaredAt(), t.resolvedAt()) + " (from declaration).");
        }
        return lines.isEmpty() ? "No decisions were logged during the incident." : String.join("\n", lines);
    }

    private static String describe(Decision d) {
        String what = switch (d.kind()) {
            case KILL_SWITCH -> "Kill switch (" + d.target() + ")";
            case ROLLBACK -> "Rollback to " + d.target();
            default -> "Decision";
        };
        return what + ": " + d.decision() + (d.rationale() == null ? "" : " — " + d.rationale())
                + (d.reversible() ? " (reversible)" : "");
    }

    private static String duration(Instant from, Instant to) {
        if (to == null) {
            return "not reached";
        }
        java.time.Duration d = java.time.Duration.between(from, to);
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    private static void add(List<Line> lines, Instant at, String text) {
        if (at != null) {
            lines.add(new Line(at, text));
        }
    }
}
