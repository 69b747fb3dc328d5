package dev.vigil.platform.consumer;

import dev.vigil.platform.tracing.Traces;
import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.incident.IncidentEventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventNamesTest {

    @Test
    void every_header_is_a_cloudevents_attribute_with_a_conformant_name() throws IllegalAccessException {
        for (Field field : CloudEventHeaders.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String value = (String) field.get(null);
                if (value.startsWith("ce_")) {
                    // CloudEvents 1.0: attribute names are lowercase letters and digits only
                    assertThat(value.substring(3)).as(field.getName()).matches("[a-z0-9]{1,20}");
                }
            }
        }
        assertThat(Set.of(CloudEventHeaders.SEQUENCE, CloudEventHeaders.ACTOR, CloudEventHeaders.ACTOR_NAME,
                CloudEventHeaders.ACTOR_ROLES, CloudEventHeaders.CORRELATION)).allMatch(h -> h.startsWith("ce_"));
    }

    @Test
    void a_record_written_with_the_old_header_names_is_still_read() {
        RecordHeaders headers = new RecordHeaders();
        for (String[] h : List.of(new String[]{"ce_id", "e-1"}, new String[]{"ce_type", "vigil.incident.Unheard.v1"},
                new String[]{"vigil_sequence", "7"}, new String[]{"vigil_actor", "carl"},
                new String[]{"vigil_actorname", "Carl Commander"}, new String[]{"vigil_correlation", "req-1"})) {
            headers.add(h[0], h[1].getBytes(StandardCharsets.UTF_8));
        }
        var record = new ConsumerRecord<>("vigil.incident.events", 0, 0L, 0L, null, 0, 0, "k",
                "{}".getBytes(StandardCharsets.UTF_8), headers, java.util.Optional.empty());
        EventEnvelope envelope = dispatcher().envelope(record);
        assertThat(envelope.sequence()).isEqualTo(7L);
        assertThat(envelope.actor()).isEqualTo("carl");
        assertThat(envelope.actorName()).isEqualTo("Carl Commander");
        assertThat(envelope.correlation()).isEqualTo("req-1");
    }

    private static IdempotentDispatcher dispatcher() {
        EventConsumer consumer = new EventConsumer() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public List<dev.vigil.contracts.events.PublishedLanguage> reads() {
                return List.of(IncidentEventTypes.LANGUAGE);
            }

            @Override
            public void consume(EventEnvelope event) {
            }
        };
        return new IdempotentDispatcher(consumer, null, null, JsonMapper.builder().build(), Traces.NONE);
    }

}
