package dev.vigil.notification.drafts;

import dev.vigil.notification.drafts.DraftExport.Format;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftDocument.Section;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A notification as Markdown, HTML and PDF: the same text in each, escaped, and the same revision always the same bytes. */
class DraftExportTest {

    static final Instant REVISED = Instant.parse("2026-11-21T09:00:00Z");
    static final DraftDocument DOCUMENT = new DraftDocument("Serious incident report — Serious incident report",
            List.of(new Section("what-happened", "What happened", "INC-2026-0101: <script> & \"advice\"\nline two\n\nA second paragraph."),
                    new Section("contact", "Contact", "Cleo Compliance")));

    @Test
    void markdown_has_the_title_each_heading_and_each_paragraph() {
        String md = new String(DraftExport.export(DOCUMENT, Format.MD, REVISED), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Serious incident report")
                .contains("\n## What happened\n\nINC-2026-0101: <script> & \"advice\"  \nline two\n\nA second paragraph.\n")
                .endsWith("## Contact\n\nCleo Compliance\n");
    }

    @Test
    void html_escapes_the_text_so_a_draft_cannot_inject_markup() {
        String html = new String(DraftExport.export(DOCUMENT, Format.HTML, REVISED), StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>What happened</h2>", "&lt;script&gt; &amp; &quot;advice&quot;<br />line two</p>",
                "<p>A second paragraph.</p>").doesNotContain("<script>");
    }

    @Test
    void the_pdf_reads_back_as_the_text_and_the_same_revision_is_always_the_same_bytes() throws IOException {
        byte[] pdf = DraftExport.export(DOCUMENT, Format.PDF, REVISED);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Serious incident report", "What happened", "<script> & \"advice\"",
                    "A second paragraph.", "Cleo Compliance");
            assertThat(read.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(REVISED);
        }
        byte[] again = DraftExport.export(DOCUMENT, Format.PDF, REVISED);
        assertThat(DraftExport.sha256Hex(again)).isEqualTo(DraftExport.sha256Hex(pdf));
        assertThat(DraftExport.sha256Hex(DraftExport.export(DOCUMENT, Format.PDF, REVISED.plusSeconds(1))))
                .isNotEqualTo(DraftExport.sha256Hex(pdf));
    }

    @Test
    void the_hash_is_sha_256_in_hex() {
        assertThat(DraftExport.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
