package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.PublishedLanguage;

/** What policy-service publishes on {@code vigil.policy.events}: nothing yet, so readers know only the topic. */
public final class PolicyEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("policy");

    private PolicyEventTypes() {
    }
}
