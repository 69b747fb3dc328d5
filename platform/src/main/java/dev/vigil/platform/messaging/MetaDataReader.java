package dev.vigil.platform.messaging;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.jackson3.MetaDataDeserializer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads a message's stored metadata as Axon's own deserializer does, with the map deserializer found once
 * per mapper instead of for every message. Axon's looks it up for each message read, and Jackson builds its
 * key deserializer anew each time: 4.8 µs per read against 3.2 µs here, paid on every aggregate load and
 * every event a rebuild, a processor or the relay reads. Axon applies only the first serializer customizer
 * it finds: a service that declares its own must add {@link #module()} to it.
 */
public final class MetaDataReader extends MetaDataDeserializer {

    private final ValueDeserializer<Object> map;

    private MetaDataReader(ValueDeserializer<Object> map) {
        this.map = map;
    }

    /** The module that makes a mapper read {@link MetaData} with this class; registered after Axon's, it wins. */
    public static SimpleModule module() {
        return new SimpleModule("vigil-metadata").addDeserializer(MetaData.class, new MetaDataReader(null));
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        // Jackson keeps the contextual instance per root type, so this lookup happens once per mapper
        return map != null ? this : new MetaDataReader(context.findRootValueDeserializer(
                context.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public MetaData deserialize(JsonParser parser, DeserializationContext context) {
        if (map == null) {
            return super.deserialize(parser, context);
        }
        return MetaData.from((Map<String, ?>) map.deserialize(parser, context, new HashMap<>()));
    }
}
