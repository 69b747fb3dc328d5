package dev.vigil.review.reports;

import dev.vigil.platform.web.Csv;
import dev.vigil.platform.web.Pdf;
import dev.vigil.platform.web.Xhtml;
import dev.vigil.review.reports.CommitteeReport.Row;
import dev.vigil.review.reports.CommitteeReport.Table;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report as a file: JSON, CSV (one file per table, zipped), XHTML with its charts, or PDF made from that
 * XHTML. Every byte follows from the report: no clock is read, zip entries and the PDF's dates are the report's
 * {@code asOf} and the PDF's document id is derived from its content, so the same report always makes the same file.
 */
final class ReportDocuments {

    enum Format {
        JSON("application/json", "json"),
        CSV("application/zip", "zip"),
        HTML("application/xhtml+xml", "html"),
        PDF("application/pdf", "pdf");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private ReportDocuments() {
    }

    static byte[] render(CommitteeReport report, Format format, JsonMapper json) {
        return switch (format) {
            case JSON -> json.writeValueAsBytes(report);
            case CSV -> csv(report);
            case HTML -> html(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(report);
        };
    }

    static String fileName(CommitteeReport report, Format format) {
        return "%s-report_%s_%s.%s".formatted(report.type(), report.period().from().toString().substring(0, 10),
                report.period().to().toString().substring(0, 10), format.extension);
    }

    // ---- CSV ----

    static byte[] csv(CommitteeReport report) {
        LocalDateTime stamp = LocalDateTime.ofInstant(report.asOf(), ZoneOffset.UTC);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "report.csv", stamp, Csv.of("type,from,to,previous_from,previous_to,as_of,system,team,category,severity",
                    List.of(List.of(report.type(), report.period().from().toString(), report.period().to().toString(),
                            report.previous().from().toString(), report.previous().to().toString(),
                            report.asOf().toString(), text(report.filters().system()), text(report.filters().team()),
                            text(report.filters().category()), text(report.filters().severity())))));
            for (Table t : report.tables()) {
                entry(zip, t.id() + ".csv", stamp, csv(t));
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(Table t) {
        List<String> header = new ArrayList<>(t.columns());
        header.add("current");
        if (t.comparable()) {
            header.add("previous");
        }
        header.add("records");
        if (t.comparable()) {
            header.add("previous_records");
        }
        header.add("withheld");
        List<List<String>> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            List<String> line = new ArrayList<>(r.keys());
            line.add(number(r.current()));
            if (t.comparable()) {
                line.add(number(r.previous()));
            }
            line.add(String.join(" ", r.records()));
            if (t.comparable()) {
                line.add(String.join(" ", r.previousRecords()));
            }
            line.add(String.valueOf(r.withheld()));
            rows.add(line);
        }
        return Csv.of(String.join(",", header.stream().map(Csv::field).toList()), rows);
    }

    private static void entry(ZipOutputStream zip, String name, LocalDateTime stamp, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(stamp);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // ---- XHTML and PDF ----

    static String html(CommitteeReport report) {
        StringBuilder h = new StringBuilder();
        h.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><title>""")
                .append(Xhtml.text(title(report))).append("""
                </title><style>
                @page { size: A4; margin: 14mm 12mm; }
                body { font-family: sans-serif; font-size: 9pt; }
                h1 { font-size: 15pt; margin: 0 0 4pt 0; } h2 { font-size: 11pt; margin: 12pt 0 3pt 0; }
                table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
                th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
                td.n { text-align: right; } td.r { font-size: 7pt; color: #444; word-wrap: break-word; }
                img { width: 160mm; } .chart { page-break-inside: avoid; margin: 6pt 0; }
                </style></head><body>""");
        h.append("<h1>").append(Xhtml.text(title(report))).append("</h1>");
        h.append("<p>Period ").append(Xhtml.text(report.period().from().toString())).append(" to ")
                .append(Xhtml.text(report.period().to().toString())).append(" (previous period ")
                .append(Xhtml.text(report.previous().from().toString())).append(" to ")
                .append(Xhtml.text(report.previous().to().toString())).append("); as of ")
                .append(Xhtml.text(report.asOf().toString())).append(filters(report)).append(".</p>");
        for (ReportCharts.Image image : ReportCharts.of(report)) {
            h.append("<div class=\"chart\"><img alt=\"").append(Xhtml.text(image.title())).append("\" src=\"")
                    .append(image.dataUri()).append("\"/></div>");
        }
        for (Table t : report.tables()) {
            h.append("<h2>").append(Xhtml.text(t.title())).append(" <small>(").append(Xhtml.text(t.unit()))
                    .append(")</small></h2><table><tr>");
            t.columns().forEach(c -> h.append("<th>").append(Xhtml.text(c)).append("</th>"));
            h.append("<th>this period</th>");
            if (t.comparable()) {
                h.append("<th>previous</th>");
            }
            h.append("<th>records</th></tr>");
            for (Row r : t.rows().subList(0, Math.min(t.rows().size(), ROWS_SHOWN))) {
                h.append("<tr>");
                r.keys().forEach(k -> h.append("<td>").append(Xhtml.text(k)).append("</td>"));
                h.append("<td class=\"n\">").append(Xhtml.text(number(r.current()))).append("</td>");
                if (t.comparable()) {
                    h.append("<td class=\"n\">").append(Xhtml.text(number(r.previous()))).append("</td>");
                }
                h.append("<td class=\"r\">").append(Xhtml.text(records(r.records())))
                        .append(r.withheld() > 0 ? Xhtml.text(" (+" + r.withheld() + " restricted)") : "")
                        .append("</td></tr>");
            }
            h.append("</table>");
            if (t.rows().size() > ROWS_SHOWN) {
                h.append("<p>… and ").append(t.rows().size() - ROWS_SHOWN)
                        .append(" more rows (all in the JSON and CSV).</p>");
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    static byte[] pdf(CommitteeReport report) {
        String html = html(report);
        return Pdf.render(html, title(report), report.asOf());
    }

    static String title(CommitteeReport report) {
        return switch (report.type()) {
            case "board" -> "Board report";
            case "team" -> "Team report" + (report.filters().team() == null ? "" : ": " + report.filters().team());
            default -> "Safety committee report";
        };
    }

    private static String filters(CommitteeReport report) {
        var f = report.filters();
        List<String> parts = new ArrayList<>();
        if (f.system() != null) {
            parts.add("system " + f.system());
        }
        if (f.team() != null) {
            parts.add("team " + f.team());
        }
        if (f.category() != null) {
            parts.add("category " + f.category());
        }
        if (f.severity() != null) {
            parts.add("severity " + f.severity());
        }
        return parts.isEmpty() ? "" : Xhtml.text("; only " + String.join(", ", parts));
    }

    /**
     * At most {@value #ROWS_SHOWN} rows per table on paper (a year's list of filings runs to thousands: laid out,
     * they were most of a year pack's time); the JSON and CSV have them all.
     */
    static final int ROWS_SHOWN = 50;

    /** At most {@value #SHOWN} records per figure on paper; the JSON and CSV name them all. */
    static final int SHOWN = 12;

    static String records(List<String> records) {
        if (records.size() <= SHOWN) {
            return String.join(" ", records);
        }
        return String.join(" ", records.subList(0, SHOWN)) + " … and " + (records.size() - SHOWN)
                + " more (all in the JSON and CSV)";
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
