package dev.vigil.notification.subscriptions;

/** The kinds of fact a subscription may ask to be told about. */
public enum FactKind {
    /** An incident was declared (incident topic). */
    DECLARED,
    /** Its severity changed (incident topic). */
    SEVERITY_CHANGED,
    /** Its status changed (incident topic). */
    STATUS_CHANGED,
    /** An update for an external audience was posted (incident topic). */
    EXTERNAL_UPDATE,
    /** An action item of its review is overdue (review topic); its owner is reminded as well. */
    ACTION_ITEM_OVERDUE,
    /** A policy exception expires soon (policy topic); its owner is reminded as well. */
    EXCEPTION_EXPIRING,
    /** A regulatory stage is due soon (this service's clocks). */
    OBLIGATION_DUE_SOON
}
