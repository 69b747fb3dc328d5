package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.PublishedLanguage;

/**
 * What policy-service publishes on {@code vigil.policy.events}: the inventory's facts (for the
 * regulatory rules), the exception register's moves, its reminders and governance signals.
 */
public final class PolicyEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("policy")
            .with("AiSystemRecorded", 1, AiSystemRecorded.class)
            .with("PolicyExceptionChanged", 1, PolicyExceptionChanged.class)
            .with("ExceptionExpiringSoon", 1, ExceptionExpiringSoon.class)
            .with("IncidentOnExceptedSystem", 1, IncidentOnExceptedSystem.class)
            .with("PolicyReviewDue", 1, PolicyReviewDue.class);

    private PolicyEventTypes() {
    }
}
