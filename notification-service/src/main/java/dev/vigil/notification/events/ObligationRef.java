package dev.vigil.notification.events;

import java.util.UUID;

/** Which obligation an event is about, named so that a reader needs no history. */
public record ObligationRef(UUID obligationId, String key, String ruleId, String regime, String title,
                            String authorityJurisdiction) {
}
