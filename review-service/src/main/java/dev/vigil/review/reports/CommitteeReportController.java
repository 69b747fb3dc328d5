package dev.vigil.review.reports;

import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.security.NeedToKnow;
import dev.vigil.review.reports.CommitteeReport.Filters;
import dev.vigil.review.reports.CommitteeReports.Request;
import dev.vigil.review.reports.CommitteeReports.Type;
import dev.vigil.review.reports.CommitteeReports.Viewer;
import dev.vigil.review.reports.ReportDocuments.Format;
import dev.vigil.review.reports.facts.ReportFact;
import dev.vigil.review.reports.facts.ReportFacts;
import dev.vigil.review.reports.facts.ReportFactsRebuild;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/reports/committee}: the report for a period as of an instant, for the committee, the board or a
 * team, as JSON, zipped CSV, XHTML or PDF. The document depends only on the period, the filters, the type, the
 * format and {@code asOf} (default: now, which the {@code X-Report-As-Of} header names so it can be asked again);
 * when it was made is in the {@code X-Generated-At} header, not in the document.
 */
@RestController
class CommitteeReportController {

    /** The longest period a report covers (a yearly pattern review, with room). */
    static final long MAX_DAYS = 3 * 366;

    private final ReportFacts facts;
    private final ReportFactsRebuild rebuild;
    private final JsonMapper json;
    private final Clock clock;

    CommitteeReportController(ReportFacts facts, ReportFactsRebuild rebuild, JsonMapper json, Clock clock) {
        this.facts = facts;
        this.rebuild = rebuild;
        this.json = json;
        this.clock = clock;
    }

    record Rebuilt(long recordsRead, long facts) {
    }

    /** {@code POST /api/reports/committee/facts/rebuild}: the report facts again from the topics' first records. */
    @PostMapping("/api/reports/committee/facts/rebuild")
    Rebuilt rebuild() {
        long read = rebuild.rebuild();
        return new Rebuilt(read, facts.count());
    }

    @GetMapping("/api/reports/committee")
    @Operation(summary = "The report for a period as of an instant",
            description = "Tables of figures beside the previous period, with the records behind each figure.")
    @ApiResponse(responseCode = "200", description = "The report in the asked format", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CommitteeReport.class)),
            @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/xhtml+xml", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "422", description = "Unprocessable Content: asOf lies in the future (a report as of "
            + "an instant not yet reached could not be asked again). Problem types: "
            + "https://vigil.dev/problems/rule-violation", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<byte[]> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false, defaultValue = "json") String format,
                                  @RequestParam(required = false, defaultValue = "committee") String type,
                                  @RequestParam(required = false) String system, @RequestParam(required = false) String team,
                                  @RequestParam(required = false) String category,
                                  @RequestParam(required = false) String severity) {
        Instant now = clock.instant();
        ReportQuery query = ReportQuery.parse(from, to, asOf, format, type, system, team, category, severity, now);
        Actor actor = CurrentActor.require();
        List<ReportFact> known = facts.upTo(query.request().asOf());
        CommitteeReport report = CommitteeReports.report(known, query.request(),
                new Viewer(actor.subject(), NeedToKnow.seesAll(actor)));
        byte[] body = ReportDocuments.render(report, query.format(), json);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(query.format().mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ReportDocuments.fileName(report, query.format())).build().toString())
                .header("X-Report-As-Of", query.request().asOf().toString())
                .header("X-Generated-At", now.toString())
                .header("X-Report-Facts", String.valueOf(facts.countUpTo(query.request().asOf())))
                .body(body);
    }

    /** A checked report request: 400 naming each field that is wrong. */
    record ReportQuery(Request request, Format format) {

        static ReportQuery parse(String from, String to, String asOf, String format, String type, String system,
                                 String team, String category, String severity, Instant now) {
            List<FieldViolation> violations = new ArrayList<>();
            Instant f = instant("from", from, true, violations);
            Instant t = instant("to", to, true, violations);
            Instant a = asOf == null || asOf.isBlank() ? now : instant("asOf", asOf, false, violations);
            Format fmt = null;
            try {
                fmt = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("format", "one-of", "format is json, csv, html or pdf"));
            }
            Type ty = null;
            try {
                ty = Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("type", "one-of", "type is committee, board or team"));
            }
            if (ty == Type.TEAM && (team == null || team.isBlank())) {
                violations.add(new FieldViolation("team", "required", "a team report names its team"));
            }
            if (category != null && !CommitteeReports.knownCategory(category)) {
                violations.add(new FieldViolation("category", "one-of", "category is a hazard category"));
            }
            if (severity != null && !CommitteeReports.knownSeverity(severity)) {
                violations.add(new FieldViolation("severity", "one-of", "severity is SEV1, SEV2, SEV3 or SEV4"));
            }
            for (String[] p : List.of(new String[]{"system", system}, new String[]{"team", team})) {
                if (p[1] != null && p[1].length() > 100) {
                    violations.add(new FieldViolation(p[0], "max-length", p[0] + " has at most 100 characters"));
                }
            }
            if (f != null && t != null && !f.isBefore(t)) {
                violations.add(new FieldViolation("to", "after-from", "to must come after from"));
            } else if (f != null && t != null && java.time.Duration.between(f, t).toDays() > MAX_DAYS) {
                violations.add(new FieldViolation("to", "max-period", "a report covers at most three years"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            if (a.isAfter(now)) {
                // facts not yet recorded would change it: a report as of the future could not be asked again
                throw new RuleViolationException("asOf", "not-in-future",
                        "asOf cannot lie in the future (it is now " + now + ")");
            }
            return new ReportQuery(new Request(ty, f, t, a, new Filters(blank(system), blank(team), blank(category),
                    blank(severity))), fmt);
        }

        /** An instant, or a date meaning its start in UTC. */
        static Instant instant(String field, String value, boolean required, List<FieldViolation> violations) {
            if (value == null || value.isBlank()) {
                if (required) {
                    violations.add(new FieldViolation(field, "required", field + " is required (a date or an instant)"));
                }
                return null;
            }
            try {
                return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(value);
            } catch (DateTimeParseException e) {
                violations.add(new FieldViolation(field, "format", field + " is a date (2026-10-01) or an instant "
                        + "(2026-10-01T00:00:00Z)"));
                return null;
            }
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
