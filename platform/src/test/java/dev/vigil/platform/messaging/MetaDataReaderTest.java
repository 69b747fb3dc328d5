package dev.vigil.platform.messaging;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectReader;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored metadata reads back as Axon's own deserializer reads it, through one map reader per mapper. */
class MetaDataReaderTest {

    private final Jackson3Serializer axons = Jackson3Serializer.builder().build();
    private final Jackson3Serializer ours = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(mapper -> mapper.addModule(MetaDataReader.module())).build();

    @Test
    void metadata_reads_back_as_axon_reads_it() {
        MetaData written = MetaData.from(Map.of(
                VigilMetaData.ACTOR_SUBJECT, "carl", VigilMetaData.ACTOR_NAME, "Carl", VigilMetaData.ACTOR_ROLES, "IC,RESPONDER",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "attempt", 3, "ratio", 0.5, "flags", List.of(true, false), "nested", Map.of("a", "b")));
        SerializedObject<byte[]> stored = axons.serialize(written, byte[].class);

        for (int i = 0; i < 3; i++) { // the first read finds the map reader, later ones reuse it
            MetaData read = ours.deserialize(stored);
            assertThat(read).isEqualTo(axons.deserialize(stored)).isEqualTo(written);
        }
        assertThat(ours.<byte[], MetaData>deserialize(axons.serialize(MetaData.emptyInstance(), byte[].class)))
                .isEmpty();
    }

    @Test
    void a_mapper_given_the_module_reads_metadata_with_it() throws ReflectiveOperationException {
        assertThat(rootDeserializerOf(ours.getObjectMapper().readerFor(MetaData.class))).isInstanceOf(MetaDataReader.class);
        assertThat(rootDeserializerOf(axons.getObjectMapper().readerFor(MetaData.class)))
                .isNotInstanceOf(MetaDataReader.class);
    }

    private static Object rootDeserializerOf(ObjectReader reader) throws ReflectiveOperationException {
        Field root = ObjectReader.class.getDeclaredField("_rootDeserializer");
        root.setAccessible(true);
        return root.get(reader);
    }
}
