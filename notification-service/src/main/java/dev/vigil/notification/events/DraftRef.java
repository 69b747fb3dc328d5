package dev.vigil.notification.events;

import java.util.UUID;

/** Which notification draft an event is about: its obligation, the stage, and the authority it goes to. */
public record DraftRef(UUID draftId, ObligationRef obligation, String stageId, String stageName,
                       String authorityName) {
}
