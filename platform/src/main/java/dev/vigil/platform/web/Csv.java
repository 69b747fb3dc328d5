package dev.vigil.platform.web;

import java.util.List;

/** CSV (RFC 4180) that a spreadsheet opens safely: every export of Vigil writes it here. */
public final class Csv {

    private Csv() {
    }

    /** A header line and one line per row, each ended by CRLF. */
    public static String of(String header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(header).append("\r\n");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * Quoted when it holds a comma, a quote or a line break; quotes doubled. Text a spreadsheet would
     * run as a formula (starting with = + - @ or a tab) gets a leading apostrophe.
     */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
