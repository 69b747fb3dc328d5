package dev.vigil.policy.events;

import dev.vigil.contracts.governance.RiskClass;

import java.time.Instant;

/**
 * An AI system's facts changed, for a reason; {@code facts} is the whole record after the change,
 * {@code previousRiskClass} the class before it (a rise is a material change for waivers).
 */
public record SystemChanged(String systemId, int revision, SystemFacts facts, RiskClass previousRiskClass, String reason,
                            Instant changedAt) {
}
