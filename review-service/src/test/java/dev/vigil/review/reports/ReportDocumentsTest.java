package dev.vigil.review.reports;

import dev.vigil.review.reports.ReportDocuments.Format;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The October report of {@link SeededHistory} in every format, read back and checked against the hand figures. */
class ReportDocumentsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void the_csv_is_one_file_per_table_and_its_figures_read_back() throws IOException {
        var report = CommitteeReportsTest.october();
        Map<String, String> files = unzip(ReportDocuments.render(report, Format.CSV, JSON));
        assertThat(files.keySet()).contains("report.csv", "incidents.csv", "response-times.csv", "exceptions.csv",
                "filings.csv", "drills.csv", "kill-switch-last-exercised.csv");
        assertThat(files.keySet()).hasSize(report.tables().size() + 1);
        List<String> incidents = files.get("incidents.csv").lines().toList();
        assertThat(incidents.getFirst()).isEqualTo("measure,current,previous,records,previous_records,withheld");
        assertThat(incidents).contains("total,3,1,INC-2026-0001 INC-2026-0002 RST-2026-0001,INC-2026-0003,0",
                "repeats,1,0,INC-2026-0002,,0");
        assertThat(files.get("response-times.csv").lines())
                .anyMatch(l -> l.startsWith("SEV2,resolve,median,204.0,,"));
        assertThat(files.get("filings.csv").lines())
                .contains("regime,stage,incident,timeliness,margin,current,records,withheld");
        assertThat(files.get("report.csv")).contains("committee,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z");
        List<String> heat = files.get("exception-risk-map.csv").lines().toList();
        assertThat(heat.getFirst()).isEqualTo("likelihood,impact,current,previous,records,previous_records,withheld");
        assertThat(heat).hasSize(1 + 26).contains("4,3,1,1,EXC-2026-0001,EXC-2026-0001,0",
                "5,4,0,1,,EXC-2026-0002,0", "not rated,not rated,1,0,EXC-2026-0003,,0", "1,1,0,0,,,0");
    }

    @Test
    void the_json_holds_every_table_with_its_rows() {
        JsonNode json = JSON.readTree(ReportDocuments.render(CommitteeReportsTest.october(), Format.JSON, JSON));
        assertThat(json.get("type").asString()).isEqualTo("committee");
        assertThat(json.get("asOf").asString()).isEqualTo("2026-11-15T00:00:00Z");
        JsonNode first = json.get("tables").get(0);
        assertThat(first.get("id").asString()).isEqualTo("incidents");
        assertThat(first.get("rows").get(0).get("current").asInt()).isEqualTo(3);
    }

    @Test
    void the_pdf_has_its_four_charts_and_its_figures() throws IOException {
        byte[] pdf = ReportDocuments.render(CommitteeReportsTest.october(), Format.PDF, JSON);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Safety committee report", "Incidents by severity",
                    "Days since each kill switch was last exercised", "dosage-answers", "EXC-2026-0001");
            assertThat(text.replaceAll("\\s+", " ")).contains("total 3 1", "SEV2 resolve median 204.0",
                    "Exception risk heat map: active exceptions by likelihood and impact", "4 3 1 1 EXC-2026-0001",
                    "5 4 0 1", "not rated not rated 1 0 EXC-2026-0003");
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images).hasSize(4);
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(CommitteeReportsTest.AS_OF);
        }
    }

    @Test
    void the_same_report_makes_the_same_bytes_in_every_format() {
        for (Format format : Format.values()) {
            byte[] first = ReportDocuments.render(CommitteeReportsTest.october(), format, JSON);
            byte[] second = ReportDocuments.render(CommitteeReportsTest.october(), format, JSON);
            assertThat(second).as(format.name()).isEqualTo(first);
        }
    }

    @Test
    void the_board_report_fits_its_own_charts_and_tables() throws IOException {
        var board = CommitteeReportsTest.october(CommitteeReports.Type.BOARD,
                CommitteeReport.Filters.NONE, CommitteeReportsTest.AS_OF, CommitteeReportsTest.CORA);
        try (PDDocument document = Loader.loadPDF(ReportDocuments.render(board, Format.PDF, JSON))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Board report", "The largest open risks", "Late filings");
        }
    }
}
