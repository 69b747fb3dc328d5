package dev.vigil.notification.obligations;

/** What a rule makes of an incident. */
public enum Applicability {
    /** every condition holds and the clock has started: the obligation is due */
    APPLIES,
    /** a condition fails: the findings say which */
    DOES_NOT_APPLY,
    /** nothing fails yet, but a fact or a determination is still unknown */
    UNDETERMINED,
    /** the rule would apply, but it is not in force when its clock would start */
    NOT_IN_FORCE
}
