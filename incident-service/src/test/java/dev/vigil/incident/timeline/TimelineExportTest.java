package dev.vigil.incident.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports read back to what went in, whatever the text holds. */
class TimelineExportTest {

    static final String NASTY = "Rolled back, \"v2\" | *now*\nsecond line <b>bold</b> [link](x) _under_ #1 \\ `code`";

    static List<TimelineEntry> entries() {
        return List.of(
                new TimelineEntry("e1", Instant.parse("2026-11-20T10:00:00Z"), "incident-service", "IncidentDeclared",
                        "carl", "Carl, the Commander", "Declared INC-2026-0001"),
                new TimelineEntry("e2", Instant.parse("2026-11-20T10:05:00Z"), "incident-service", "TimelineNoteAdded",
                        "rita", "Rita", NASTY));
    }

    @Test
    void csv_parses_back_to_the_same_fields_with_commas_quotes_and_newlines() {
        List<List<String>> rows = parseCsv(TimelineExport.csv(entries()));
        assertThat(rows.getFirst()).containsExactly("time", "source", "type", "actor", "actor_name", "line");
        assertThat(rows.get(1)).containsExactly("2026-11-20T10:00:00Z", "incident-service", "IncidentDeclared", "carl",
                "Carl, the Commander", "Declared INC-2026-0001");
        assertThat(rows.get(2).get(5)).isEqualTo(NASTY);
        assertThat(rows).hasSize(3);
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        var entry = new TimelineEntry("e3", Instant.parse("2026-11-20T10:06:00Z"), "incident-service", "TimelineNoteAdded",
                "=cmd|'/c calc'!A1", "@SUM(A1)", "-2+3");
        List<String> row = parseCsv(TimelineExport.csv(List.of(entry))).get(1);
        assertThat(row.get(3)).isEqualTo("'=cmd|'/c calc'!A1");
        assertThat(row.get(4)).isEqualTo("'@SUM(A1)");
        assertThat(row.get(5)).isEqualTo("'-2+3");
    }

    @Test
    void markdown_keeps_one_row_per_entry_with_three_cells_and_escapes_what_would_render() {
        String md = TimelineExport.markdown("INC-2026-0001", "Title with | pipe", entries());
        List<String> tableRows = md.lines().filter(l -> l.startsWith("| 2026")).toList();
        assertThat(tableRows).hasSize(2);
        for (String row : tableRows) {
            assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(5); // | a | b | c | -> 3 cells between 4 bars
        }
        String nasty = tableRows.get(1);
        assertThat(nasty).contains("\\*now\\*", "&lt;b&gt;", "\\[link\\]", "\\_under\\_", "\\#1", "\\\\", "\\`code\\`", "<br>")
                .doesNotContain("\n");
        assertThat(unescape(nasty.substring(nasty.lastIndexOf(" | Rita | ") + " | Rita | ".length(), nasty.length() - 2)))
                .isEqualTo(NASTY);
        assertThat(md).startsWith("# Timeline of INC-2026-0001: Title with \\| pipe");
    }

    /** A strict RFC 4180 reader, independent of the writer. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    static String unescape(String cell) {
        String s = cell.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
