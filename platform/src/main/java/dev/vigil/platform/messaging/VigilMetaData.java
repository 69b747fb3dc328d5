package dev.vigil.platform.messaging;

import dev.vigil.platform.security.Actor;
import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Keys of the message metadata Vigil puts on every command and so on every event. */
public final class VigilMetaData {

    public static final String ACTOR_SUBJECT = "actorSubject";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_ROLES = "actorRoles";
    /**
     * The request's correlation id. Not Axon's {@code correlationId}, which names the message that
     * caused this one; this one names what the outside world calls the request.
     */
    public static final String CORRELATION_ID = "vigilCorrelation";
    /** The W3C trace context of the request (or event handling) that sent the command: its events continue that trace. */
    public static final String TRACE_PARENT = "traceparent";
    public static final String TRACE_STATE = "tracestate";

    private VigilMetaData() {
    }

    public static Map<String, String> of(Actor actor) {
        return Map.of(ACTOR_SUBJECT, actor.subject(),
                ACTOR_NAME, actor.displayName(),
                ACTOR_ROLES, String.join(",", actor.roles()));
    }

    /** The trace context stored with a message, as W3C fields ({@code traceparent}, {@code tracestate}). */
    public static Map<String, String> traceOf(MetaData metaData) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String key : List.of(TRACE_PARENT, TRACE_STATE)) {
            Object value = metaData.get(key);
            if (value != null) {
                fields.put(key, value.toString());
            }
        }
        return fields;
    }

    public static Actor actorOf(MetaData metaData) {
        Object subject = metaData.get(ACTOR_SUBJECT);
        if (subject == null) {
            return Actor.SYSTEM;
        }
        Object roles = metaData.getOrDefault(ACTOR_ROLES, "");
        List<String> roleList = roles.toString().isBlank() ? List.of() : Arrays.asList(roles.toString().split(","));
        return new Actor(subject.toString(), String.valueOf(metaData.getOrDefault(ACTOR_NAME, subject)), roleList);
    }
}
