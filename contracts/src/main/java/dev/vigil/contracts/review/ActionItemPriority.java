package dev.vigil.contracts.review;

/** How urgent an action item is (the names Jira's default priority scheme uses). */
public enum ActionItemPriority {
    HIGHEST, HIGH, MEDIUM, LOW, LOWEST
}
