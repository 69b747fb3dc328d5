package dev.vigil.incident.model;

import dev.vigil.platform.keys.YearlyKeys;

/**
 * Hands out human incident keys, gap-free and never twice, in two series: INC-2026-0001 for
 * incidents everyone may know of, RST-2026-0001 for restricted ones. Separate series, because a gap
 * in one shared sequence would tell everyone that a hidden incident exists, and when.
 */
public interface IncidentKeys {

    /** The next key of the series and year; allocated in the caller's transaction. */
    String next(Series series, int year);

    enum Series {
        INC, RST;

        public static Series of(boolean restricted) {
            return restricted ? RST : INC;
        }
    }

    static String format(Series series, int year, long number) {
        return YearlyKeys.format(series.name(), year, number);
    }
}
