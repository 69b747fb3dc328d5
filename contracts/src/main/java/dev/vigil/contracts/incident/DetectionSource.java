package dev.vigil.contracts.incident;

/** How the organisation learnt of the incident. */
public enum DetectionSource {
    RUNTIME_MONITOR,
    USER_REPORT,
    RED_TEAM,
    INTERNAL_REVIEW,
    REGULATOR,
    PRESS,
    OTHER
}
