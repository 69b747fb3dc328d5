package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled committee report pack was made and stored: its period, the instant its facts were cut at, and the
 * SHA-256 of the stored bytes (what {@code GET /api/reports/committee/packs/{packId}} serves, never regenerated).
 */
public record ReportPublished(UUID packId, String reportType, String format, Instant periodFrom, Instant periodTo,
                              Instant asOf, String sha256, long size, String fileName, Instant publishedAt)
        implements VigilEvent {
    @Override
    public String subject() {
        return packId.toString();
    }
}
