package dev.vigil.contracts.incident;

/** Who a status update is written for. */
public enum Audience {
    INTERNAL, EXTERNAL
}
