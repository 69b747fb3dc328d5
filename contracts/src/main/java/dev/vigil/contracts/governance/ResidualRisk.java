package dev.vigil.contracts.governance;

/** The residual risk of a waiver, rated from likelihood × impact. */
public enum ResidualRisk {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** High and critical waivers need the safety committee as well as the policy owner. */
    public boolean needsCommittee() {
        return this == HIGH || this == CRITICAL;
    }
}
