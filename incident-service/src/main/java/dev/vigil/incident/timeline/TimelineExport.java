package dev.vigil.incident.timeline;

import dev.vigil.platform.web.Csv;

import java.util.List;

/** The timeline as CSV (RFC 4180) and as a Markdown document. Plain code. */
final class TimelineExport {

    static final String CSV_HEADER = "time,source,type,actor,actor_name,line";

    private TimelineExport() {
    }

    static String csv(List<TimelineEntry> entries) {
        return Csv.of(CSV_HEADER, entries.stream().map(e -> List.of(e.time().toString(), e.source(), e.type(),
                nullToEmpty(e.actor()), nullToEmpty(e.actorName()), e.line())).toList());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
