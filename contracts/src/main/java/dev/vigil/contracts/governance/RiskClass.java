package dev.vigil.contracts.governance;

/** An AI system's class under the EU AI Act, in ascending order of obligations where that order exists. */
public enum RiskClass {
    MINIMAL,
    LIMITED,
    GENERAL_PURPOSE,
    GENERAL_PURPOSE_SYSTEMIC_RISK,
    HIGH_RISK,
    PROHIBITED;

    /** Whether moving from {@code before} to this class means more obligations (a material change for waivers). */
    public boolean risesFrom(RiskClass before) {
        return before != null && compareTo(before) > 0;
    }
}
