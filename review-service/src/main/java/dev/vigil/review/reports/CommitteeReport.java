package dev.vigil.review.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A report for a period, cut from the facts known at {@code asOf}: tables of figures, each figure beside the
 * same figure for the previous period of equal length, and each with the records behind it. Immutable and built
 * only by {@link CommitteeReports#report}: the same facts and request always give an equal report.
 */
public record CommitteeReport(String type, Period period, Period previous, Instant asOf, Filters filters,
                              List<Table> tables) {

    public CommitteeReport {
        tables = List.copyOf(tables);
    }

    public Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }

    /** Half-open: from inclusive, to exclusive. */
    public record Period(Instant from, Instant to) {
    }

    /** Optional cuts; null means all. */
    public record Filters(String system, String team, String category, String severity) {
        public static final Filters NONE = new Filters(null, null, null, null);
    }

    /**
     * One table of figures.
     *
     * @param columns    the names of the key columns (then come current, previous and the records)
     * @param comparable whether the previous period is shown beside each row (a trend by month is not)
     * @param unit       what the figures count or measure (incidents, hours, days, ...)
     */
    public record Table(String id, String title, String unit, List<String> columns, boolean comparable,
                        List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public Row row(String... keys) {
            List<String> wanted = List.of(keys);
            return rows.stream().filter(r -> r.keys().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row " + wanted + " in " + id));
        }
    }

    /**
     * One figure and its previous-period counterpart.
     *
     * @param records         what the current figure is made of (incident keys, action item, review, exception,
     *                        obligation ids), sorted; restricted records the reader may not know are left out and
     *                        counted in {@code withheld}
     * @param previousRecords the same for the previous period
     */
    public record Row(List<String> keys, BigDecimal current, BigDecimal previous, List<String> records,
                      List<String> previousRecords, int withheld) {
        public Row {
            keys = List.copyOf(keys);
            records = List.copyOf(records);
            previousRecords = List.copyOf(previousRecords);
        }
    }
}
