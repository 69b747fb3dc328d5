package dev.vigil.incident.timeline;

import java.util.List;

/** The timeline as CSV (RFC 4180) and as a Markdown document. Plain code. */
final class TimelineExport {

    static final String CSV_HEADER = "time,source,type,actor,actor_name,line";

    private TimelineExport() {
    }

    static String csv(List<TimelineEntry> entries) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (TimelineEntry e : entries) {
            out.append(csvField(e.time().toString())).append(',')
                    .append(csvField(e.source())).append(',')
                    .append(csvField(e.type())).append(',')
                    .append(csvField(e.actor())).append(',')
                    .append(csvField(e.actorName())).append(',')
                    .append(csvField(e.line())).append("\r\n");
        }
        return out.toString();
    }

    /**
     * Quoted when it holds a comma, a quote or a line break; quotes doubled. Text a spreadsheet would
     * run as a formula (starting with = + - @ or a tab) gets a leading apostrophe.
     */
    static String csvField(String value) {
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

    static String markdown(String key, String title, List<TimelineEntry> entries) {
        StringBuilder out = new StringBuilder("# Timeline of ").append(key).append(": ").append(markdownText(title))
                .append("\n\n| Time (UTC) | Who | What |\n|---|---|---|\n");
        for (TimelineEntry e : entries) {
            String who = e.actorName() == null ? e.actor() : e.actorName();
            out.append("| ").append(e.time()).append(" | ").append(markdownText(who == null ? "" : who))
                    .append(" | ").append(markdownText(e.line())).append(" |\n");
        }
        return out.toString();
    }

    /** Text that renders as itself inside a table cell: Markdown and HTML specials escaped, lines joined. */
    static String markdownText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '!' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> { }
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
