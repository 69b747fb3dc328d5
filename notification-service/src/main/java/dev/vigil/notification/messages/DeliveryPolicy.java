package dev.vigil.notification.messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * How often, and when, a failed delivery is tried again: up to {@code maxAttempts} attempts, the
 * n-th retry {@code firstRetry × 2^(n-1)} after the failure, never more than {@code maxBackoff}.
 */
@Component
class DeliveryPolicy {

    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxBackoff;

    DeliveryPolicy(@Value("${vigil.notification.delivery.max-attempts:6}") int maxAttempts,
                   @Value("${vigil.notification.delivery.first-retry:PT1M}") Duration firstRetry,
                   @Value("${vigil.notification.delivery.max-backoff:PT6H}") Duration maxBackoff) {
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxBackoff = maxBackoff;
    }

    /** When to try again after {@code attempt} failed at {@code now}; null when it was the last. */
    Instant next(int attempt, Instant now) {
        if (attempt >= maxAttempts) {
            return null;
        }
        Duration backoff = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
        return now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
    }
}
