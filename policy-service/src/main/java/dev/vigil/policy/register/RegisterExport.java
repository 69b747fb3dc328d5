package dev.vigil.policy.register;

import dev.vigil.platform.web.Csv;
import dev.vigil.platform.web.Pdf;
import dev.vigil.platform.web.Xhtml;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The register as CSV and as a PDF for the committee's pack (openhtmltopdf from an HTML table). */
final class RegisterExport {

    static final String CSV_HEADER = "key,status,rating,controls,systems,owner,requested_by,approvals,approved_at,"
            + "expires_at,renewals,needs_re_review,re_review_reasons,incidents,compensating_controls,justification";

    private RegisterExport() {
    }

    static String csv(List<RegisterRow> rows) {
        return Csv.of(CSV_HEADER, rows.stream().map(r -> List.of(r.key(), r.status(), String.valueOf(r.rating()),
                String.join(" ", r.controlIds()), String.join(" ", r.systemIds()), r.owner().subject(),
                r.requestedBy().subject(), approvals(r), text(r.approvedAt()), text(r.expiresAt()),
                Integer.toString(r.renewals()), Boolean.toString(r.needsReReview()),
                String.join("; ", r.reReviewReasons()), incidents(r), String.join("; ", r.compensatingControls()),
                r.justification())).toList());
    }

    static byte[] pdf(List<RegisterRow> rows, Instant asOf) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm; }
                body { font-family: sans-serif; font-size: 8pt; }
                table { border-collapse: collapse; width: 100%; }
                th, td { border: 0.5pt solid #888; padding: 2pt; vertical-align: top; }
                th { background: #eee; }
                </style></head><body>""");
        html.append("<h1>Policy exception register</h1><p>As of ").append(Xhtml.text(asOf.toString()))
                .append(" &#8212; ").append(rows.size()).append(" exceptions</p>")
                .append("<table><tr><th>Key</th><th>Status</th><th>Rating</th><th>Controls waived</th><th>Systems</th>")
                .append("<th>Owner</th><th>Approvals</th><th>Expires</th><th>Re-review</th><th>Incidents</th>")
                .append("<th>Compensating controls</th></tr>");
        for (RegisterRow r : rows) {
            html.append("<tr><td>").append(Xhtml.text(r.key())).append("</td><td>").append(Xhtml.text(r.status()))
                    .append("</td><td>").append(Xhtml.text(String.valueOf(r.rating()))).append("</td><td>")
                    .append(Xhtml.text(String.join(", ", r.controlIds()))).append("</td><td>")
                    .append(Xhtml.text(String.join(", ", r.systemIds()))).append("</td><td>")
                    .append(Xhtml.text(r.owner().name())).append("</td><td>").append(Xhtml.text(approvals(r)))
                    .append("</td><td>").append(Xhtml.text(text(r.expiresAt()))).append("</td><td>")
                    .append(Xhtml.text(r.needsReReview() ? String.join("; ", r.reReviewReasons()) : "")).append("</td><td>")
                    .append(Xhtml.text(incidents(r))).append("</td><td>")
                    .append(Xhtml.text(String.join("; ", r.compensatingControls()))).append("</td></tr>");
        }
        html.append("</table></body></html>");
        return Pdf.render(html.toString(), "Policy exception register as of " + asOf, asOf);
    }

    private static String approvals(RegisterRow r) {
        return r.approvals().stream().map(a -> a.approver().subject() + " as " + a.capacity())
                .collect(Collectors.joining("; "));
    }

    private static String incidents(RegisterRow r) {
        return r.incidents().stream().map(i -> i.key() + " (" + i.severity() + ")").collect(Collectors.joining("; "));
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
