package dev.vigil.platform.test;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.Severity;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Publishes events to the test broker as another Vigil service would: CloudEvents in binary mode. */
public final class TestEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    public static IncidentDeclared incidentDeclared(String key, boolean restricted) {
        Instant aware = Instant.parse("2026-11-20T08:30:00Z");
        return new IncidentDeclared(UUID.randomUUID(), key, "Model leaked training data", "Summary",
                "assistant-v4", "4.2.1", Severity.SEV1, HazardCategory.PRIVACY_LEAKAGE, DetectionSource.RED_TEAM,
                aware.minusSeconds(3600), aware.minusSeconds(600), aware, List.of("EU"), restricted,
                aware.plusSeconds(60));
    }

    /** The CloudEvents type of an incident declaration. */
    public static final String DECLARED = IncidentEventTypes.LANGUAGE.typeOf(IncidentDeclared.class).orElseThrow().ceType();

    /** Sends one event, typed by its published language, as a record with a fresh event id; returns that id. */
    public String publish(String topic, PublishedLanguage language, VigilEvent event, String actor) {
        String id = UUID.randomUUID().toString();
        String type = language.typeOf(event.getClass()).orElseThrow().ceType();
        send(record(topic, id, type, event.subject(), JSON.writeValueAsBytes(event), actor));
        return id;
    }

    /** Sends a record exactly as given: for redelivery (same id twice) and malformed-record tests. */
    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public static ProducerRecord<String, byte[]> record(String topic, String eventId, String type, String subject,
                                                        byte[] payload, String actor) {
        return record(topic, eventId, type, subject, payload, actor, "/vigil/incident-service");
    }

    /** A record as the service behind {@code source} (e.g. {@code /vigil/review-service}) would publish it. */
    public static ProducerRecord<String, byte[]> record(String topic, String eventId, String type, String subject,
                                                        byte[] payload, String actor, String source) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        add(headers, CloudEventHeaders.ID, eventId);
        add(headers, CloudEventHeaders.SOURCE, source);
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SUBJECT, subject);
        add(headers, CloudEventHeaders.TIME, Instant.now().toString());
        add(headers, CloudEventHeaders.SEQUENCE, "0");
        add(headers, CloudEventHeaders.ACTOR, actor);
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(topic, null, subject, payload, headers);
    }

    public static byte[] json(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
