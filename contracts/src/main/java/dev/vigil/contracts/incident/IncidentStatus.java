package dev.vigil.contracts.incident;

/** Where an incident stands. RESOLVED may be reopened; CLOSED only once its review is published. */
public enum IncidentStatus {
    DECLARED, INVESTIGATING, CONTAINED, RESOLVED, CLOSED
}
