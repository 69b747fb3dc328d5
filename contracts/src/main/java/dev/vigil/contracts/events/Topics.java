package dev.vigil.contracts.events;

/** The Kafka topic each bounded context publishes its events to (before any deployment prefix). */
public final class Topics {

    public static final String INCIDENT = "vigil.incident.events";
    public static final String REVIEW = "vigil.review.events";
    public static final String POLICY = "vigil.policy.events";
    public static final String NOTIFICATION = "vigil.notification.events";

    private Topics() {
    }

    /** The topic a context publishes to, e.g. {@code incident} gives {@value #INCIDENT}. */
    public static String of(String context) {
        return "vigil." + context + ".events";
    }
}
