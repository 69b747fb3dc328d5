package dev.vigil.contracts.incident;

/** A general decision, or a containment step: a kill switch or a rollback to an earlier model version. */
public enum DecisionKind {
    GENERAL, KILL_SWITCH, ROLLBACK
}
