package dev.vigil.incident.details;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.test.VigilTest;
import org.awaitility.Awaitility;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read model emptied and rebuilt from the event store serves exactly what the live one served. */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
class ReadModelRebuildTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentReadModelRebuild rebuild;
    @Autowired
    Configuration axon;
    @Autowired
    IncidentEventLog events;
    @Autowired
    IncidentReadModel readModel;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JsonMapper json;

    static final String AWKWARD_SUMMARY = "Line one\nline\ttwo\r\nback\\slash \\N \"quoted\" \u00e9\u20ac\uD83D\uDE00";

    @Test
    void many_incidents_rebuilt_in_one_pass_over_the_store_equal_the_live_views() {
        ApiClient carl = ApiClient.as("carl", port);
        Map<String, JsonNode> live = new HashMap<>();
        int count = IncidentReadModelRebuild.ONE_BY_ONE + 5;
        for (int i = 0; i < count; i++) {
            Map<String, Object> declaration = IncidentDeclarationApiTest.declaration();
            declaration.put("title", "Rebuilt incident " + i);
            if (i == 1) { // what the bulk write must escape, and what it must not
                declaration.put("summary", AWKWARD_SUMMARY);
            }
            String id = carl.post("/api/incidents", declaration).json().get("id").asString();
            if (i % 3 == 0) {
                assertThat(carl.post("/api/incidents/" + id + "/severity",
                        Map.of("severity", "SEV1", "reason", "harm confirmed " + i)).status()).isEqualTo(200);
            }
            live.put(id, carl.get("/api/incidents/" + id).json());
        }

        jdbc.sql("delete from incident_view").update();
        // small batches, so that views are written while later incidents are still being read
        int rebuilt = rebuild.rebuildWhatIsBehind(IncidentReadModelRebuild.ONE_BY_ONE, 4);

        assertThat(rebuilt).isGreaterThanOrEqualTo(count);
        live.forEach((id, view) -> assertThat(carl.get("/api/incidents/" + id).json()).as(id).isEqualTo(view));
        // the document escapes line breaks itself; the search columns hold the text as it was sent
        assertThat(jdbc.sql("select summary from incident_view where summary like 'Line one%'").query(String.class).list())
                .containsExactly(AWKWARD_SUMMARY);
        assertThat(rebuild.rebuildWhatIsBehind()).as("nothing left behind").isZero();
    }

    @Test
    void a_view_never_goes_back_to_an_earlier_or_equal_version_whichever_write_is_used() {
        TwoVersions views = declaredThenEscalated();
        UUID id = views.id();
        IncidentDetails asDeclared = views.asDeclared();
        IncidentDetails current = views.current();

        readModel.saveAll(List.of(asDeclared));
        assertThat(readModel.load(id)).contains(current);
        IncidentDetails sameVersionOtherwise = json.convertValue(json.convertValue(current, ObjectNode.class)
                .put("title", "Not what the events say"), IncidentDetails.class);
        readModel.saveAll(List.of(sameVersionOtherwise));
        readModel.save(sameVersionOtherwise);
        readModel.save(asDeclared);
        assertThat(readModel.load(id)).contains(current);

        jdbc.sql("delete from incident_view where incident_id = :id").param("id", id).update();
        readModel.saveAll(List.of(asDeclared));
        assertThat(readModel.load(id)).contains(asDeclared);
        readModel.saveAll(List.of(current));
        assertThat(readModel.load(id)).contains(current);
    }

    @Test
    void a_bulk_write_that_meets_a_view_stored_meanwhile_looks_again_and_keeps_the_later_version() throws Exception {
        TwoVersions views = declaredThenEscalated();
        UUID id = views.id();
        IncidentDetails asDeclared = views.asDeclared();
        IncidentDetails current = views.current();
        jdbc.sql("delete from incident_view where incident_id = :id").param("id", id).update();

        // another writer stores the older view and has not committed yet: the bulk write sees no row, copies
        // its own, and waits on that writer's; once it commits, the copy breaks the key and must look again
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            Future<?> other = threads.submit(() -> transactions.executeWithoutResult(tx -> {
                readModel.save(asDeclared);
                stored.countDown();
                await(commit);
            }));
            assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> bulk = threads.submit(() -> readModel.saveAll(List.of(current)));
            Awaitility.await("the bulk write waits for the other writer's row").atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                            + "and query like 'copy incident_view%'").query(Long.class).single() == 1);
            commit.countDown();
            other.get(30, TimeUnit.SECONDS);
            bulk.get(30, TimeUnit.SECONDS);
        }

        assertThat(readModel.load(id)).contains(current);
    }

    /** An incident's view as declared (version 0) and after its severity changed (version 1). */
    record TwoVersions(UUID id, IncidentDetails asDeclared, IncidentDetails current) {
    }

    private TwoVersions declaredThenEscalated() {
        ApiClient carl = ApiClient.as("carl", port);
        UUID id = UUID.fromString(carl.post("/api/incidents", IncidentDeclarationApiTest.declaration()).json()
                .get("id").asString());
        assertThat(carl.post("/api/incidents/" + id + "/severity",
                Map.of("severity", "SEV1", "reason", "harm confirmed")).status()).isEqualTo(200);
        var declared = events.of(id).getFirst();
        return new TwoVersions(id, IncidentHistory.apply(null, declared.getPayload(),
                VigilMetaData.actorOf(declared.getMetaData()), declared.getSequenceNumber(), declared.getTimestamp()),
                events.current(id).orElseThrow());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_bulk_write_that_breaks_a_unique_rule_writes_none_of_its_views() {
        ApiClient carl = ApiClient.as("carl", port);
        UUID first = UUID.fromString(carl.post("/api/incidents", IncidentDeclarationApiTest.declaration()).json()
                .get("id").asString());
        UUID second = UUID.fromString(carl.post("/api/incidents", IncidentDeclarationApiTest.declaration()).json()
                .get("id").asString());
        IncidentDetails firstView = events.current(first).orElseThrow();
        jdbc.sql("delete from incident_view where incident_id in (:ids)").param("ids", List.of(first, second)).update();
        // the second incident under the first's human key
        IncidentDetails clash = json.convertValue(json.convertValue(events.current(second).orElseThrow(), ObjectNode.class)
                .put("key", firstView.key()), IncidentDetails.class);

        assertThatThrownBy(() -> readModel.saveAll(List.of(firstView, clash)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(readModel.load(first)).isEmpty();
        assertThat(readModel.load(second)).isEmpty();
    }

    @Test
    void the_event_serializer_reads_metadata_with_vigils_reader() {
        var mapper = ((Jackson3Serializer) axon.eventSerializer()).getObjectMapper();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("vigil-metadata");
    }
}
