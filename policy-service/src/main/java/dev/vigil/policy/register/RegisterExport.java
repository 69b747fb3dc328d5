package dev.vigil.policy.register;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.vigil.platform.web.Csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        html.append("<h1>Policy exception register</h1><p>As of ").append(escape(asOf.toString()))
                .append(" &#8212; ").append(rows.size()).append(" exceptions</p>")
                .append("<table><tr><th>Key</th><th>Status</th><th>Rating</th><th>Controls waived</th><th>Systems</th>")
                .append("<th>Owner</th><th>Approvals</th><th>Expires</th><th>Re-review</th><th>Incidents</th>")
                .append("<th>Compensating controls</th></tr>");
        for (RegisterRow r : rows) {
            html.append("<tr><td>").append(escape(r.key())).append("</td><td>").append(escape(r.status()))
                    .append("</td><td>").append(escape(String.valueOf(r.rating()))).append("</td><td>")
                    .append(escape(String.join(", ", r.controlIds()))).append("</td><td>")
                    .append(escape(String.join(", ", r.systemIds()))).append("</td><td>")
                    .append(escape(r.owner().name())).append("</td><td>").append(escape(approvals(r)))
                    .append("</td><td>").append(escape(text(r.expiresAt()))).append("</td><td>")
                    .append(escape(r.needsReReview() ? String.join("; ", r.reReviewReasons()) : "")).append("</td><td>")
                    .append(escape(incidents(r))).append("</td><td>")
                    .append(escape(String.join("; ", r.compensatingControls()))).append("</td></tr>");
        }
        html.append("</table></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** XHTML-safe text: the renderer parses strictly. */
    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
