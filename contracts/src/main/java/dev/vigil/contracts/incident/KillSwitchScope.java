package dev.vigil.contracts.incident;

/** How wide a kill switch cuts. */
public enum KillSwitchScope {
    REQUEST, SESSION, FEATURE, MODEL, REGION
}
