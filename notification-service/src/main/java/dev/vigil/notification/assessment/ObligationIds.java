package dev.vigil.notification.assessment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An obligation's id is derived from its incident and the engine's key (rule and authority), so a
 * replayed or redelivered fact, or a second recomputation, never makes a second obligation.
 */
public final class ObligationIds {

    /** The type the incident's obligations are stored under, for readers that fold its events. */
    public static final String AGGREGATE_TYPE = "IncidentObligations";

    private ObligationIds() {
    }

    public static UUID of(UUID incidentId, String key) {
        return UUID.nameUUIDFromBytes(("vigil-obligation|" + incidentId + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** A stage has one notification draft: its id is derived from the obligation and the stage. */
    public static UUID draft(UUID obligationId, String stageId) {
        return UUID.nameUUIDFromBytes(("vigil-draft|" + obligationId + "|" + stageId).getBytes(StandardCharsets.UTF_8));
    }
}
