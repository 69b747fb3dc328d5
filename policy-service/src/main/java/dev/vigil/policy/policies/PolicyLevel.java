package dev.vigil.policy.policies;

/** The policy hierarchy, top down: a document's parent is exactly one level up; a principle has none. */
public enum PolicyLevel {
    PRINCIPLE, POLICY, STANDARD, PROCEDURE;

    /** The level a parent of this level must have, or null for the top. */
    PolicyLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
