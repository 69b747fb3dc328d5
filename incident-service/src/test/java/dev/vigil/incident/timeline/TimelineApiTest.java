package dev.vigil.incident.timeline;

import dev.vigil.contracts.events.Topics;
import dev.vigil.incident.events.TimelineNoteAdded;
import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The IR timeline: other services' facts, exports, the live stream, and size. */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {IncidentServiceApplication.CONFIG, "vigil.timeline.poll-interval=200ms",
                "vigil.timeline.heartbeat-interval=200ms"})
@Import(FixedClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class TimelineApiTest {

    @LocalServerPort
    int port;
    @Autowired
    VigilProperties properties;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TimelineStreams streams;

    final JsonMapper json = JsonMapper.builder().build();

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    String declare() {
        return as(TestUsers.COMMANDER).post("/api/incidents", IncidentDeclarationApiTest.declaration()).json().get("id").asString();
    }

    @Test
    void the_timeline_shows_what_another_service_published_about_the_incident() {
        String id = declare();
        try (TestEvents events = new TestEvents()) {
            String reviewId = UUID.randomUUID().toString();
            events.send(TestEvents.record(properties.kafka().topic(Topics.REVIEW), UUID.randomUUID().toString(),
                    "vigil.review.PostIncidentReviewOpened.v1", reviewId,
                    TestEvents.json(Map.of("reviewId", reviewId, "incidentId", id, "title", "PIR drafted from the timeline")),
                    TestUsers.REVIEWER, "/vigil/review-service"));
            // an event naming no known incident stays out of every timeline
            events.send(TestEvents.record(properties.kafka().topic(Topics.REVIEW), UUID.randomUUID().toString(),
                    "vigil.review.PostIncidentReviewOpened.v1", UUID.randomUUID().toString(),
                    TestEvents.json(Map.of("incidentId", UUID.randomUUID().toString())), TestUsers.REVIEWER,
                    "/vigil/review-service"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode timeline = as(TestUsers.COMMANDER).get("/api/incidents/" + id + "/timeline").json();
            assertThat(timeline).hasSize(2);
            JsonNode external = timeline.get(1);
            assertThat(external.get("source").asString()).isEqualTo("review-service");
            assertThat(external.get("type").asString()).isEqualTo("PostIncidentReviewOpened");
            assertThat(external.get("actor").asString()).isEqualTo(TestUsers.REVIEWER);
            assertThat(external.get("line").asString()).isEqualTo("review-service: PostIncidentReviewOpened: PIR drafted from the timeline");
        });
    }

    @Test
    void an_incident_closes_once_the_review_service_publishes_its_review() {
        String id = declare();
        String path = "/api/incidents/" + id;
        for (String status : List.of("INVESTIGATING", "CONTAINED", "RESOLVED")) {
            assertThat(as(TestUsers.COMMANDER).post(path + "/status", Map.of("status", status)).status()).isEqualTo(200);
        }
        var refused = as(TestUsers.COMMANDER).post(path + "/status", Map.of("status", "CLOSED"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("post-incident review is published");

        UUID reviewId = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            var published = new PostIncidentReviewPublished(reviewId, UUID.fromString(id), Instant.parse("2026-11-20T09:00:00Z"));
            var record = TestEvents.record(properties.kafka().topic(Topics.REVIEW), UUID.randomUUID().toString(),
                    "vigil.review.PostIncidentReviewPublished.v1", reviewId.toString(), TestEvents.json(published),
                    TestUsers.COMMITTEE, "/vigil/review-service");
            events.send(record);
            events.send(record); // redelivered: noted once
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(TestUsers.COMMANDER).get(path).json().path("publishedReviewId").toString().contains(reviewId.toString()));

        var closed = as(TestUsers.COMMANDER).post(path + "/status", Map.of("status", "CLOSED"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        JsonNode timeline = as(TestUsers.COMMANDER).get(path + "/timeline").json();
        assertThat(timeline.findValuesAsString("type")).containsOnlyOnce("ReviewPublicationNoted", "PostIncidentReviewPublished");
        assertThat(as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "late")).status()).isEqualTo(409);
    }

    @Test
    void exports_parse_back_to_the_timeline() {
        String id = declare();
        String nasty = "Rolled back, \"v2\" | *now*\nsecond line <b>";
        as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/notes", Map.of("text", nasty));
        JsonNode timeline = as(TestUsers.COMMANDER).get("/api/incidents/" + id + "/timeline").json();

        var csv = as(TestUsers.COMMANDER).get("/api/incidents/" + id + "/timeline?format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<List<String>> rows = TimelineExportTest.parseCsv(csv.body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get(5)).isEqualTo("Note: " + nasty);
        assertThat(rows.get(2).get(0)).isEqualTo(timeline.get(1).get("time").asString());

        var md = as(TestUsers.COMMANDER).get("/api/incidents/" + id + "/timeline?format=md");
        assertThat(md.contentType()).startsWith("text/markdown");
        List<String> tableRows = md.body().lines().filter(l -> l.startsWith("| 20")).toList();
        assertThat(tableRows).hasSize(2);
        String[] cells = tableRows.get(1).split("(?<!\\\\)\\|", -1);
        assertThat(cells).hasSize(5);
        assertThat(TimelineExportTest.unescape(cells[2].strip())).isEqualTo(TestUsers.displayName(TestUsers.COMMANDER));
        assertThat(TimelineExportTest.unescape(cells[3].strip())).isEqualTo("Note: " + nasty);
    }

    @Test
    void the_live_stream_resumes_after_a_disconnect_from_last_event_id() throws Exception {
        String id = declare();
        String path = "/api/incidents/" + id;
        List<String> firstIds = new ArrayList<>();
        try (Stream<String> lines = as(TestUsers.COMMANDER).stream(path + "/timeline/stream", Map.of())) {
            Iterator<String> it = lines.iterator();
            firstIds.add(nextEventId(it)); // the declaration, from the backlog
            as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "live one"));
            firstIds.add(nextEventId(it)); // pushed live
        }
        as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "while away 1"));
        as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "while away 2"));

        List<String> resumedLines = new ArrayList<>();
        try (Stream<String> lines = as(TestUsers.COMMANDER).stream(path + "/timeline/stream",
                Map.of("Last-Event-ID", firstIds.get(1)))) {
            Iterator<String> it = lines.iterator();
            resumedLines.add(nextData(it));
            resumedLines.add(nextData(it));
        }
        assertThat(firstIds).containsExactly("0.-1", "1.-1");
        assertThat(resumedLines.get(0)).contains("while away 1");
        assertThat(resumedLines.get(1)).contains("while away 2");
    }

    @Test
    void what_another_instance_records_reaches_the_live_stream() throws Exception {
        String id = declare();
        String path = "/api/incidents/" + id;
        as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "written on this instance"));
        try (Stream<String> lines = as(TestUsers.COMMANDER).stream(path + "/timeline/stream", Map.of())) {
            Iterator<String> it = lines.iterator();
            nextEventId(it);
            nextEventId(it);
            // another instance appends an event to the shared store, and consumes another service's fact:
            // neither passes through this instance's handlers
            jdbc.sql("""
                            insert into domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,
                                payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                            select nextval('domain_event_entry_seq'), :eventId, meta_data, payload, payload_revision,
                                payload_type, time_stamp, aggregate_identifier, 2, type
                            from domain_event_entry where aggregate_identifier = :id and sequence_number = 1""")
                    .param("eventId", UUID.randomUUID().toString()).param("id", id).update();
            jdbc.sql("""
                            insert into external_timeline_entry (event_id, incident_id, occurred_at, source, type, actor,
                                actor_name, line)
                            values (:eventId, :id, now(), 'notification-service', 'vigil.notification.RegulatorNotified.v1',
                                'connie', 'Connie', 'notification-service: RegulatorNotified')""")
                    .param("eventId", UUID.randomUUID().toString()).param("id", UUID.fromString(id)).update();

            List<String> data = List.of(nextData(it), nextData(it), nextData(it)); // the first is the note seen above
            assertThat(data.subList(1, 3)).anyMatch(d -> d.contains("Note: written on this instance"));
            assertThat(data.subList(1, 3)).anyMatch(d -> d.contains("RegulatorNotified"));
        }
    }

    @Test
    void a_fact_that_arrives_late_with_an_earlier_time_still_reaches_a_resumed_stream() throws Exception {
        String id = declare();
        String path = "/api/incidents/" + id;
        String last;
        try (Stream<String> lines = as(TestUsers.COMMANDER).stream(path + "/timeline/stream", Map.of())) {
            Iterator<String> it = lines.iterator();
            nextEventId(it);
            as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "after the declaration"));
            last = nextEventId(it);
        }
        try (TestEvents events = new TestEvents()) {
            var late = TestEvents.record(properties.kafka().topic(Topics.NOTIFICATION), UUID.randomUUID().toString(),
                    "vigil.notification.RegulatorNotified.v1", UUID.randomUUID().toString(),
                    TestEvents.json(Map.of("incidentId", id, "title", "Told the regulator")), TestUsers.COMPLIANCE,
                    "/vigil/notification-service");
            // its time lies before everything the browser saw: it was delayed on the way
            late.headers().remove("ce_time");
            late.headers().add("ce_time", "2026-01-01T00:00:00Z".getBytes());
            events.send(late);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(TestUsers.COMMANDER).get(path + "/timeline").json().size() == 3);

        try (Stream<String> lines = as(TestUsers.COMMANDER).stream(path + "/timeline/stream", Map.of("Last-Event-ID", last))) {
            assertThat(nextData(lines.iterator())).contains("Told the regulator");
        }
    }

    @Test
    void a_participant_removed_from_a_restricted_incident_stops_receiving_its_live_timeline() throws Exception {
        Map<String, Object> body = IncidentDeclarationApiTest.declaration();
        body.put("restricted", true);
        String id = as(TestUsers.COMMANDER).post("/api/incidents", body).json().get("id").asString();
        String path = "/api/incidents/" + id;
        assertThat(as(TestUsers.RESPONDER).get(path + "/timeline/stream").status()).isEqualTo(404);
        as(TestUsers.COMMANDER).post(path + "/participants", Map.of("subject", TestUsers.RESPONDER, "name", "Rita"));

        try (Stream<String> lines = as(TestUsers.RESPONDER).stream(path + "/timeline/stream", Map.of())) {
            Iterator<String> it = lines.iterator();
            nextEventId(it);
            nextEventId(it);
            as(TestUsers.COMMANDER).send("DELETE", path + "/participants/" + TestUsers.RESPONDER, null);
            as(TestUsers.COMMANDER).post(path + "/notes", Map.of("text", "after the removal"));
            // the stream ends (at most with the news of their own leaving) and carries nothing later
            List<String> rest = CompletableFuture.supplyAsync(() -> {
                List<String> data = new ArrayList<>();
                it.forEachRemaining(line -> {
                    if (line.startsWith("data:")) {
                        data.add(line);
                    }
                });
                return data;
            }).get(20, TimeUnit.SECONDS);
            assertThat(rest).noneMatch(line -> line.contains("after the removal"));
        }
        assertThat(as(TestUsers.RESPONDER).get(path + "/timeline/stream").status()).isEqualTo(404);
    }

    @Test
    void the_live_stream_sends_heartbeat_comments_and_a_browser_that_leaves_is_no_error(CapturedOutput output)
            throws Exception {
        String id = declare();
        UUID incident = UUID.fromString(id);
        try (Stream<String> lines = as(TestUsers.COMMANDER).stream("/api/incidents/" + id + "/timeline/stream", Map.of())) {
            Iterator<String> it = lines.iterator();
            assertThat(nextEventId(it)).isEqualTo("0.-1");
            // a comment line, which EventSource ignores, keeps idle proxies from cutting the stream
            assertThat(nextComment(it)).isEqualTo("heartbeat");
            assertThat(nextComment(it)).isEqualTo("heartbeat");
            assertThat(streams.following(incident)).isEqualTo(1);
        }
        // the next heartbeat finds the browser gone: the stream ends quietly
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.following(incident) == 0);
        assertThat(output.getAll()).doesNotContain("Unexpected failure").doesNotContain("Broken pipe");
    }

    private static String nextComment(Iterator<String> it) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith(":")) {
                    return line.substring(1).strip();
                }
            }
            throw new IllegalStateException("stream ended");
        }).get(20, TimeUnit.SECONDS);
    }

    /** Reads lines until the next event's id (bounded by the stream's own timeout). */
    private static String nextEventId(Iterator<String> it) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("id:")) {
                    return line.substring(3).strip();
                }
            }
            throw new IllegalStateException("stream ended");
        }).get(20, TimeUnit.SECONDS);
    }

    private static String nextData(Iterator<String> it) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("data:")) {
                    return line.substring(5);
                }
            }
            throw new IllegalStateException("stream ended");
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void a_two_thousand_event_incident_returns_its_timeline_in_one_request() {
        String id = declare();
        Map<String, Object> actor = new java.util.HashMap<>(VigilMetaData.of(new Actor("rita", "Rita", List.of("RESPONDER"))));
        List<DomainEventMessage<?>> notes = new ArrayList<>();
        for (int i = 1; i < 2000; i++) {
            notes.add(new GenericDomainEventMessage<>("Incident", id, i,
                    new TimelineNoteAdded(UUID.fromString(id), UUID.randomUUID(), "note " + i, Instant.now()),
                    MetaData.from(actor)));
        }
        transactions.executeWithoutResult(tx -> eventStore.publish(notes));

        long start = System.nanoTime();
        var response = as(TestUsers.COMMANDER).get("/api/incidents/" + id + "/timeline");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.status()).isEqualTo(200);
        JsonNode timeline = response.json();
        assertThat(timeline).hasSize(2000);
        assertThat(timeline.get(1999).get("line").asString()).isEqualTo("Note: note 1999");
        assertThat(as(TestUsers.COMMANDER).get("/api/incidents/" + id).json().get("notes").asInt()).isEqualTo(1999);
        System.out.println("2,000-event timeline served in " + millis + " ms");
    }

}
