package dev.vigil.incident.declaration;

import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** What a declaration must hold before it becomes an incident. Plain code: the declaration handler calls it. */
final class DeclarationRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 10_000;
    static final int NAME_MAX = 100;
    /** Reporters' clocks run a little ahead: a time up to this far past the server's "now" is accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** No AI incident predates this: an earlier time is a typo (or an attempt), not a fact. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final int JURISDICTIONS_MAX = 50;
    private static final Pattern SYSTEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*");
    /** ISO 3166-1 alpha-2 country or region code, optionally with a subdivision: EU, US, US-CA, DE-BY. */
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    private DeclarationRules() {
    }

    /** Refuses a malformed or incomplete declaration (400), then one whose facts contradict (422). */
    static void check(DeclareIncident c, Instant now) {
        InputRules rules = new InputRules()
                .text("title", c.title(), true, TITLE_MAX)
                .text("summary", c.summary(), false, SUMMARY_MAX)
                .text("systemId", c.systemId(), true, NAME_MAX);
        if (c.systemId() != null && !c.systemId().isBlank() && !SYSTEM_ID.matcher(c.systemId().strip()).matches()) {
            rules.violation("systemId", "pattern", "systemId is an inventory id: letters, digits and . _ : / - only");
        }
        rules.text("modelVersion", c.modelVersion(), false, NAME_MAX)
                .required("severity", c.severity(), "one of SEV1, SEV2, SEV3, SEV4")
                .required("category", c.category(), "the hazard category")
                .required("detectionSource", c.detectionSource(), "how the incident was detected")
                .required("detectedAt", c.detectedAt(), "when it was detected")
                .required("awareAt", c.awareAt(), "when the organisation became aware (starts regulatory clocks)");
        rules.size("jurisdictions", c.jurisdictions(), JURISDICTIONS_MAX);
        if (c.jurisdictions() != null) {
            var seen = new HashSet<String>();
            for (int i = 0; i < c.jurisdictions().size(); i++) {
                String j = c.jurisdictions().get(i);
                if (j == null || !JURISDICTION.matcher(j).matches()) {
                    rules.violation("jurisdictions[" + i + "]", "pattern",
                            "a jurisdiction is an ISO 3166 code such as EU, US or US-CA");
                } else if (!seen.add(j)) {
                    rules.violation("jurisdictions[" + i + "]", "unique", j + " is listed twice");
                }
            }
        }
        rules.check();

        List<FieldViolation> contradictions = new ArrayList<>();
        if (c.occurredAt() != null && c.occurredAt().isAfter(c.detectedAt())) {
            contradictions.add(new FieldViolation("occurredAt", "not-after-detectedAt",
                    "an incident cannot occur after it was detected"));
        }
        if (c.detectedAt().isAfter(c.awareAt())) {
            contradictions.add(new FieldViolation("detectedAt", "not-after-awareAt",
                    "awareness cannot come before detection"));
        }
        Instant latest = now.plus(CLOCK_SKEW);
        for (var t : List.of(new Object[]{"occurredAt", c.occurredAt()}, new Object[]{"detectedAt", c.detectedAt()},
                new Object[]{"awareAt", c.awareAt()})) {
            if (t[1] != null && ((Instant) t[1]).isAfter(latest)) {
                contradictions.add(new FieldViolation((String) t[0], "not-in-future", t[0] + " lies in the future"));
            } else if (t[1] != null && ((Instant) t[1]).isBefore(EARLIEST)) {
                contradictions.add(new FieldViolation((String) t[0], "not-before-1970", t[0] + " lies before 1970"));
            }
        }
        if (!contradictions.isEmpty()) {
            throw new RuleViolationException(contradictions);
        }
    }
}
