package dev.vigil.notification.drafts;

import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftDocument.Section;
import dev.vigil.platform.web.Pdf;
import dev.vigil.platform.web.Xhtml;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A notification as Markdown, HTML (XHTML, escaped) and PDF (openhtmltopdf from the HTML). Each is a
 * function of the text and the instant of its revision alone: the PDF's dates and file id are fixed
 * from them, so the same revision always exports to the same bytes, and the SHA-256 recorded with a
 * submission can be checked against the file that was sent.
 */
final class DraftExport {

    enum Format {
        MD("text/markdown;charset=UTF-8", "md"),
        HTML("text/html;charset=UTF-8", "html"),
        PDF(MediaType.APPLICATION_PDF_VALUE, "pdf");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static final List<String> NAMES = Arrays.stream(values()).map(f -> f.extension).toList();

        static Format of(String name) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst().orElse(null);
        }
    }

    private DraftExport() {
    }

    static byte[] export(DraftDocument document, Format format, Instant revisedAt) {
        return switch (format) {
            case MD -> markdown(document).getBytes(StandardCharsets.UTF_8);
            case HTML -> html(document).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(document, revisedAt);
        };
    }

    static String markdown(DraftDocument document) {
        StringBuilder md = new StringBuilder("# ").append(oneLine(document.title())).append("\n");
        for (Section section : document.sections()) {
            md.append("\n## ").append(oneLine(section.heading())).append("\n\n");
            for (String paragraph : paragraphs(section.text())) {
                // two trailing blanks keep a line break inside a paragraph
                md.append(paragraph.replace("\n", "  \n")).append("\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    static String html(DraftDocument document) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8" /><title>""")
                .append(Xhtml.text(document.title())).append("""
                </title><style>
                @page { size: A4; margin: 20mm; }
                body { font-family: serif; font-size: 11pt; line-height: 1.35; }
                h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
                </style></head><body>
                """);
        html.append("<h1>").append(Xhtml.text(document.title())).append("</h1>\n");
        for (Section section : document.sections()) {
            html.append("<h2>").append(Xhtml.text(section.heading())).append("</h2>\n");
            for (String paragraph : paragraphs(section.text())) {
                html.append("<p>").append(Xhtml.text(paragraph).replace("\n", "<br />")).append("</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    static byte[] pdf(DraftDocument document, Instant revisedAt) {
        String html = html(document);
        return Pdf.render(html, document.title(), revisedAt);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").strip().split("\n\\s*\n")).map(String::strip).toList();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\n\\s*", " ").strip();
    }
}
