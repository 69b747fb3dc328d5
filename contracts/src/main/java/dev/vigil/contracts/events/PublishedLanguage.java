package dev.vigil.contracts.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The events one bounded context publishes on its topic, each with its type name and version. Each
 * context keeps its own (e.g. {@code IncidentEventTypes.LANGUAGE}); a service registers the
 * languages it publishes and reads, and a type it has not registered is simply not understood.
 */
public final class PublishedLanguage {

    private final String context;
    private final Map<String, EventType> byType = new LinkedHashMap<>();
    private final Map<Class<?>, EventType> byClass = new LinkedHashMap<>();

    private PublishedLanguage(String context) {
        this.context = context;
    }

    public static PublishedLanguage of(String context) {
        return new PublishedLanguage(context);
    }

    /** Adds an event type; a class or a type name registered twice is a programming error. */
    public PublishedLanguage with(String name, int version, Class<? extends VigilEvent> javaType) {
        EventType type = new EventType(context, name, version, javaType);
        if (byType.putIfAbsent(type.ceType(), type) != null || byClass.putIfAbsent(javaType, type) != null) {
            throw new IllegalArgumentException("registered twice: " + type);
        }
        return this;
    }

    public String context() {
        return context;
    }

    /** The topic this context publishes to (before any deployment prefix). */
    public String topic() {
        return Topics.of(context);
    }

    public Collection<EventType> types() {
        return byType.values();
    }

    public Optional<EventType> type(String ceType) {
        return Optional.ofNullable(byType.get(ceType));
    }

    public Optional<EventType> typeOf(Class<?> javaType) {
        return Optional.ofNullable(byClass.get(javaType));
    }
}
