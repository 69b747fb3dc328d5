package dev.vigil.platform.keys;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.regex.Pattern;

/**
 * Human keys such as INC-2026-0001 or EXC-2026-0001: per series and year, gap-free and never twice.
 * The counter row's upsert takes a lock that concurrent callers wait on, and it joins the caller's
 * transaction: a command that is refused or rolled back gives its number back.
 */
public class YearlyKeys {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final String table;

    /** {@code table} has columns {@code series text, year int, last_number bigint}, primary key (series, year). */
    public YearlyKeys(JdbcClient jdbc, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    /** The next key of the series and year; call it inside the transaction that records it. */
    public String next(String series, int year) {
        long number = jdbc.sql("insert into " + table + " (series, year, last_number) values (:series, :year, 1) "
                        + "on conflict (series, year) do update set last_number = " + table + ".last_number + 1 "
                        + "returning last_number")
                .param("series", series)
                .param("year", year)
                .query(Long.class)
                .single();
        return format(series, year, number);
    }

    public static String format(String series, int year, long number) {
        return "%s-%d-%04d".formatted(series, year, number);
    }
}
