package dev.vigil.review.reviews;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.web.Pdf;
import dev.vigil.platform.web.Xhtml;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A review as a document: Markdown ({@link ReviewMarkdown}), HTML (XHTML, every text escaped by {@link Xhtml}) and
 * PDF (openhtmltopdf from that HTML). The same parts as the Markdown: the facts, every section in reading order
 * (the timeline among them), the contributing factors, the action items, acknowledged findings and the workflow.
 * The PDF's dates and file id are fixed from the review's last change, so one version exports to the same bytes.
 */
public final class ReviewExport {

    public enum Format {
        MD("text/markdown;charset=UTF-8"),
        HTML("text/html;charset=UTF-8"),
        PDF(MediaType.APPLICATION_PDF_VALUE);

        public final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String extension() {
            return name().toLowerCase();
        }

        public static final List<String> NAMES = Arrays.stream(values()).map(Format::extension).toList();

        public static Format of(String name) {
            return Arrays.stream(values()).filter(f -> f.extension().equals(name)).findFirst().orElse(null);
        }
    }

    private ReviewExport() {
    }

    /** {@code view} as served (with its action items). */
    public static byte[] export(ReviewView view, Format format) {
        return switch (format) {
            case MD -> ReviewMarkdown.of(view).getBytes(StandardCharsets.UTF_8);
            case HTML -> html(view).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(view);
        };
    }

    public static String html(ReviewView view) {
        String title = "Post-incident review: " + oneLine(view.title());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8" /><title>""")
                .append(Xhtml.text(title)).append("""
                </title><style>
                @page { size: A4; margin: 18mm; }
                body { font-family: serif; font-size: 10.5pt; line-height: 1.35; }
                h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
                table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
                th, td { border: 0.5pt solid #888; padding: 2pt 4pt; text-align: left; vertical-align: top; }
                th { background: #eee; }
                .none { font-style: italic; color: #555; }
                </style></head><body>
                """);
        html.append("<h1>").append(Xhtml.text(title)).append("</h1>\n<table class=\"facts\">\n");
        fact(html, "Incident", view.incidentKey() == null ? "— (AI hazard)" : view.incidentKey());
        fact(html, "System", view.systemId());
        fact(html, "Severity", view.severity() == null ? "—" : view.severity().name());
        fact(html, "Status", view.status().name());
        fact(html, "Opened", view.openedAt() + (view.automatic() ? " (when the incident resolved)"
                : " by " + name(view.openedBy())));
        if (view.approvedBy() != null) {
            fact(html, "Approved", view.approvedAt() + " by " + name(view.approvedBy()));
        }
        if (view.publishedAt() != null) {
            fact(html, "Published", view.publishedAt().toString());
        }
        html.append("</table>\n");
        for (Section section : Section.values()) {
            ReviewView.SectionView text = view.sections().get(section.key());
            html.append("<h2>").append(Xhtml.text(ReviewMarkdown.title(section))).append("</h2>\n");
            if (text == null || text.text().isBlank()) {
                html.append("<p class=\"none\">Not written.</p>\n");
            } else {
                paragraphs(html, text.text());
            }
            if (section == Section.CONTRIBUTING_FACTORS) {
                List<ReviewView.FactorView> standing = view.factors().stream().filter(f -> !f.withdrawn()).toList();
                if (!standing.isEmpty()) {
                    table(html, List.of("Category", "Control layer", "Control", "Description"), standing.stream()
                            .map(f -> List.of(f.category().name(), f.layer().name(),
                                    f.controlId() == null ? "" : f.controlId(), f.description())).toList());
                }
            }
        }
        html.append("<h2>Action items</h2>\n");
        if (view.actionItems().isEmpty()) {
            html.append("<p class=\"none\">").append(view.noActionItemsReason() == null ? "None."
                    : "None: " + Xhtml.text(oneLine(view.noActionItemsReason()))).append("</p>\n");
        } else {
            table(html, List.of("Title", "Owner", "Team", "Status", "Due"), view.actionItems().stream()
                    .map(i -> List.of(i.title(), i.ownerSubject(), i.team(), i.status(), String.valueOf(i.dueDate())))
                    .toList());
        }
        if (!view.acknowledgements().isEmpty()) {
            html.append("<h2>Acknowledged language findings</h2>\n");
            table(html, List.of("Section", "Sentence", "Rule", "Justification", "By"), view.acknowledgements().stream()
                    .map(a -> List.of(a.section(), a.sentence(), a.ruleId(), a.justification(), name(a.acknowledgedBy())))
                    .toList());
        }
        if (!view.history().isEmpty()) {
            html.append("<h2>Workflow</h2>\n");
            table(html, List.of("When", "From", "To", "By", "Note"), view.history().stream()
                    .map(h -> List.of(String.valueOf(h.at()), String.valueOf(h.from()), String.valueOf(h.to()),
                            name(h.by()), h.note() == null ? "" : h.note())).toList());
        }
        return html.append("</body></html>\n").toString();
    }

    public static byte[] pdf(ReviewView view) {
        String html = html(view);
        Instant changed = view.lastChangedAt() == null ? view.openedAt() : view.lastChangedAt();
        return Pdf.render(html, "Post-incident review: " + oneLine(view.title()), changed);
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(Xhtml.text(name)).append("</th><td>").append(Xhtml.text(value))
                .append("</td></tr>\n");
    }

    private static void table(StringBuilder html, List<String> heads, List<List<String>> rows) {
        html.append("<table><tr>");
        heads.forEach(h -> html.append("<th>").append(Xhtml.text(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(Xhtml.text(c)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void paragraphs(StringBuilder html, String text) {
        for (String paragraph : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            html.append("<p>").append(Xhtml.text(paragraph.strip()).replace("\n", "<br />")).append("</p>\n");
        }
    }

    private static String name(Person person) {
        return person == null ? "Vigil" : person.name();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
