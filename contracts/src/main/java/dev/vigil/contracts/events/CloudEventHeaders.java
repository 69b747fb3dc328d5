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
    // Vigil's extension attributes: CloudEvents names them with lowercase letters and digits only, so an
    // SDK keeps them (the binding puts "ce_" before each).
    /** Sequence number of the event within its aggregate. */
    public static final String SEQUENCE = "ce_vigilsequence";
    /** The authenticated principal who caused the event (subject id). */
    public static final String ACTOR = "ce_vigilactor";
    /** Display name of that principal. */
    public static final String ACTOR_NAME = "ce_vigilactorname";
    /** Comma-separated Vigil roles the principal held when acting. */
    public static final String ACTOR_ROLES = "ce_vigilactorroles";
    /** Correlation id shared by everything one request caused. */
    public static final String CORRELATION = "ce_vigilcorrelation";
    // The CloudEvents distributed tracing extension: the W3C Trace Context of what caused the event.
    /** W3C {@code traceparent} of the request or event handling that caused the event. */
    public static final String TRACEPARENT = "ce_traceparent";
    /** W3C {@code tracestate}, when the trace has one. */
    public static final String TRACESTATE = "ce_tracestate";

    /**
     * The names records carried before 2026-12 ({@code vigil_sequence}, …), which were not valid
     * CloudEvents extension names. Topics keep records for ever, so readers still understand them.
     */
    public static String legacyNameOf(String header) {
        return header.startsWith("ce_vigil") ? "vigil_" + header.substring("ce_vigil".length()) : null;
    }

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
