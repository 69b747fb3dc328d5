package dev.vigil.notification.subscriptions;

import java.time.Instant;
import java.util.List;

/** The administrators' webhook allow-list as it stands; {@code version} is the ETag. */
record AllowListView(int revision, List<String> entries, String reason, String recordedBy, Instant recordedAt,
                     long version) {
}
