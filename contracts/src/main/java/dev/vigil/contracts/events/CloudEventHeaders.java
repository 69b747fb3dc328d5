package dev.vigil.contracts.events;

/**
 * Kafka record headers of the CloudEvents 1.0 Kafka protocol binding (binary content mode),
 * plus Vigil's extensions. The record value is the event as JSON.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Sequence number of the event within its aggregate. */
    public static final String SEQUENCE = "vigil_sequence";
    /** The authenticated principal who caused the event (subject id). */
    public static final String ACTOR = "vigil_actor";
    /** Display name of that principal. */
    public static final String ACTOR_NAME = "vigil_actorname";
    /** Comma-separated Vigil roles the principal held when acting. */
    public static final String ACTOR_ROLES = "vigil_actorroles";
    /** Correlation id shared by everything one request caused. */
    public static final String CORRELATION = "vigil_correlation";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
