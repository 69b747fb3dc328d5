package dev.vigil.contracts.review;

/** What an action item does about the incident's causes. */
public enum ActionItemType {
    PREVENT, MITIGATE, DETECT, PROCESS
}
