package dev.vigil.contracts.review;

/**
 * Where an action item stands: OPEN → IN_PROGRESS → DONE (with evidence) → VERIFIED (by the committee),
 * or WONT_DO with a justification the committee accepts as a risk acceptance; any closed item may be reopened.
 */
public enum ActionItemStatus {
    OPEN, IN_PROGRESS, DONE, VERIFIED, WONT_DO;

    /** Whether the item still asks for work, and so can fall due. */
    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
