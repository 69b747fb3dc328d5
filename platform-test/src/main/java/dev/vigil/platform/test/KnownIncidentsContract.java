package dev.vigil.platform.test;

import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.platform.VigilProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service that keeps the known-incidents read model must do, on a real PostgreSQL and
 * a real Kafka broker. A service's test class extends this with its own {@code @SpringBootTest}.
 */
@VigilTest
public abstract class KnownIncidentsContract {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected VigilProperties properties;

    private final TestEvents events = new TestEvents();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    protected String incidentTopic() {
        return properties.kafka().topic(Topics.INCIDENT);
    }

    protected ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    private long rows(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where incident_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void a_declared_incident_on_the_topic_becomes_readable_by_id_and_key() {
        IncidentDeclared declared = TestEvents.incidentDeclared("INC-2026-0101", false);
        events.publish(incidentTopic(), IncidentEventTypes.LANGUAGE, declared, TestUsers.COMMANDER);

        await().atMost(WAIT).until(() -> as(TestUsers.RESPONDER).get("/api/incidents/" + declared.incidentId()).status() == 200);
        var byKey = as(TestUsers.RESPONDER).get("/api/incidents/INC-2026-0101").json();
        assertThat(byKey.get("id").asString()).isEqualTo(declared.incidentId().toString());
        assertThat(byKey.get("severity").asString()).isEqualTo("SEV1");
        assertThat(byKey.get("awareAt").asString()).isEqualTo("2026-11-20T08:30:00Z");
        assertThat(byKey.get("jurisdictions").get(0).asString()).isEqualTo("EU");
        assertThat(byKey.get("declaredBy").asString()).isEqualTo(TestUsers.COMMANDER);
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents").json().get("items").findValuesAsString("key"))
                .contains("INC-2026-0101");
    }

    @Test
    void the_same_record_delivered_twice_leaves_one_row() {
        IncidentDeclared declared = TestEvents.incidentDeclared("INC-2026-0102", false);
        String eventId = UUID.randomUUID().toString();
        var record = TestEvents.record(incidentTopic(), eventId, TestEvents.DECLARED,
                declared.subject(), TestEvents.json(declared), TestUsers.COMMANDER);
        events.send(record);
        events.send(record);
        // a marker sent after both copies: once it is in, both copies have been handled
        IncidentDeclared marker = TestEvents.incidentDeclared("INC-2026-0103", false);
        var markerRecord = TestEvents.record(incidentTopic(), UUID.randomUUID().toString(),
                TestEvents.DECLARED, declared.subject(), TestEvents.json(marker),
                TestUsers.COMMANDER);
        events.send(markerRecord);

        await().atMost(WAIT).until(() -> rows("known_incident", marker.incidentId()) == 1);
        assertThat(rows("known_incident", declared.incidentId())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from consumed_event where consumer = 'known-incidents' and event_id = :id").param("id", eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_restricted_incident_is_not_found_for_those_without_need_to_know() {
        IncidentDeclared declared = TestEvents.incidentDeclared("INC-2026-0104", true);
        events.publish(incidentTopic(), IncidentEventTypes.LANGUAGE, declared, TestUsers.COMMANDER);

        await().atMost(WAIT).until(() -> as(TestUsers.COMPLIANCE).get("/api/incidents/" + declared.incidentId()).status() == 200);
        assertThat(as(TestUsers.COMMANDER).get("/api/incidents/" + declared.incidentId()).status()).isEqualTo(200);
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents/" + declared.incidentId()).status()).isEqualTo(404);
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents?size=200").json().get("items").findValuesAsString("key"))
                .doesNotContain("INC-2026-0104");
    }

    @Test
    void a_record_that_cannot_be_read_is_kept_aside_and_does_not_block_the_next_one() {
        String badId = UUID.randomUUID().toString();
        UUID subject = UUID.randomUUID();
        events.send(TestEvents.record(incidentTopic(), badId, TestEvents.DECLARED,
                subject.toString(), "{not json".getBytes(), TestUsers.COMMANDER));
        IncidentDeclared next = TestEvents.incidentDeclared("INC-2026-0105", false);
        var nextRecord = TestEvents.record(incidentTopic(), UUID.randomUUID().toString(),
                TestEvents.DECLARED, subject.toString(), TestEvents.json(next), TestUsers.COMMANDER);
        events.send(nextRecord);

        await().atMost(WAIT).until(() -> rows("known_incident", next.incidentId()) == 1);
        assertThat(jdbc.sql("select count(*) from unprocessable_event where consumer = 'known-incidents' and payload = '{not json'")
                .query(Long.class).single()).isEqualTo(1);

        // an operator sees it, and a replay of what still cannot be read changes nothing
        var listed = as(TestUsers.ADMIN).get("/api/operations/unprocessable-events?size=200").json().get("items");
        var entry = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(e -> e.get("payload").asString().equals("{not json")).findFirst().orElseThrow();
        String replay = "/api/operations/unprocessable-events/known-incidents/" + entry.get("topic").asString() + "/"
                + entry.get("partition").asInt() + "/" + entry.get("offset").asLong() + "/replay";
        var refused = as(TestUsers.ADMIN).post(replay, "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from unprocessable_event where consumer = 'known-incidents' and payload = '{not json'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_set_aside_record_that_can_now_be_handled_is_replayed_once_and_leaves_the_list() {
        IncidentDeclared declared = TestEvents.incidentDeclared("INC-2026-0107", false);
        String eventId = UUID.randomUUID().toString();
        // as a record a consumer set aside earlier would be kept (e.g. before a fix was deployed)
        jdbc.sql("""
                        insert into unprocessable_event (consumer, topic, partition_no, record_offset, record_key, headers,
                            payload, failure, failed_at)
                        values ('known-incidents', :topic, 0, 999999, :key, :headers, :payload, 'was not understood', now())""")
                .param("topic", incidentTopic())
                .param("key", declared.subject())
                .param("headers", "ce_specversion=1.0\nce_id=" + eventId + "\nce_type=" + TestEvents.DECLARED
                        + "\nce_subject=" + declared.subject() + "\nce_source=/vigil/incident-service\nvigil_actor="
                        + TestUsers.COMMANDER + "\n")
                .param("payload", new String(TestEvents.json(declared)))
                .update();
        String replay = "/api/operations/unprocessable-events/known-incidents/" + incidentTopic() + "/0/999999/replay";

        assertThat(as(TestUsers.COMMANDER).post(replay, "").status()).isEqualTo(403);
        var replayed = as(TestUsers.ADMIN).post(replay, "");
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(rows("known_incident", declared.incidentId())).isEqualTo(1);
        assertThat(as(TestUsers.ADMIN).post(replay, "").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from consumed_event where consumer = 'known-incidents' and event_id = :id").param("id", eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_event_type_this_service_does_not_know_is_passed_over() {
        UUID subject = UUID.randomUUID();
        events.send(TestEvents.record(incidentTopic(), UUID.randomUUID().toString(), "vigil.incident.FromTheFuture.v7",
                subject.toString(), "{\"x\":1}".getBytes(), TestUsers.COMMANDER));
        IncidentDeclared next = TestEvents.incidentDeclared("INC-2026-0106", false);
        var nextRecord = TestEvents.record(incidentTopic(), UUID.randomUUID().toString(),
                TestEvents.DECLARED, subject.toString(), TestEvents.json(next), TestUsers.COMMANDER);
        events.send(nextRecord);

        await().atMost(WAIT).until(() -> rows("known_incident", next.incidentId()) == 1);
        assertThat(jdbc.sql("select count(*) from unprocessable_event where record_key = :key")
                .param("key", subject.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void reading_requires_authentication_and_unknown_incidents_are_404() {
        assertThat(ApiClient.anonymous(port).get("/api/incidents").status()).isEqualTo(401);
        assertThat(as(TestUsers.AUDITOR).get("/api/incidents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as(TestUsers.AUDITOR).get("/api/incidents?page=-1").status()).isEqualTo(400);
    }
}
