package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** The committee's schedule made a report pack and stored it, with the SHA-256 of its bytes. */
public record ReportPackStored(UUID packId, String reportType, String format, Instant periodFrom, Instant periodTo,
                               Instant asOf, String sha256, long size, String fileName, Instant storedAt) {
}
