package dev.vigil.platform.observability;

import dev.vigil.platform.correlation.CorrelationIdFilter;
import org.slf4j.MDC;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys Vigil puts in the logging context (SLF4J MDC) while it handles a request or an event, so
 * that every line written meanwhile says on whose behalf, for which request and about which
 * incident: in JSON logs they are fields of their own, in readable logs they follow the level.
 */
public final class LogContext {

    /** The request's correlation id, carried by the commands it sends and the events they cause. */
    public static final String CORRELATION_ID = CorrelationIdFilter.MDC_KEY;
    /** The authenticated subject of a request, or the actor an event names. */
    public static final String ACTOR = "actor";
    /** The incident a request or an event is about, when it is about one. */
    public static final String INCIDENT_ID = "incidentId";
    /** The id ({@code ce_id}) and type of the event being handled. */
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";

    private LogContext() {
    }

    /**
     * Puts the non-null values in the MDC and returns what was there before, for {@link #restore}.
     * Handlers nest (an event handler inside a command inside a request): the outer context comes back.
     */
    public static Map<String, String> put(Map<String, String> values) {
        Map<String, String> before = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                before.put(key, MDC.get(key));
                MDC.put(key, value);
            }
        });
        return before;
    }

    public static void restore(Map<String, String> before) {
        before.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
