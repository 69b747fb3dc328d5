package dev.vigil.incident.command;

/** Hands out human incident keys: INC-2026-0001, INC-2026-0002, ... gap-free and never twice. */
public interface IncidentKeys {

    /** The next key of the given year; allocated in the caller's transaction. */
    String next(int year);

    static String format(int year, long number) {
        return "INC-%d-%04d".formatted(year, number);
    }
}
