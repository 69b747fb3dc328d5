package dev.vigil.infra;

import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static dev.vigil.infra.Declarations.declare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R4: a consumer group's offsets rewound to the start make review-service read the whole incident
 * topic again. Nothing changes: the read model is the same row for row, and no side effect repeats
 * (the review opened by a resolution is not opened again, no event is appended).
 */
class RewoundOffsetsTest {

    @Test
    void reading_the_topic_again_from_the_start_changes_no_read_model_and_repeats_no_side_effect() throws Exception {
        try (RunningPlatform platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "rewind",
                Map.of())) {
            platform.start(VigilService.INCIDENT, VigilService.REVIEW);
            ApiClient carl = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                keys.add(declare(carl, "Rewound " + i));
            }
            JdbcClient review = platform.database(VigilService.REVIEW);
            DeliveryGuarantees.eachExactlyOnce(review, keys, Duration.ofSeconds(30));
            String resolved = keys.getFirst();
            for (Map<String, String> change : List.of(Map.of("status", "INVESTIGATING"), Map.of("status", "CONTAINED"),
                    Map.of("status", "RESOLVED", "reason", "Fix deployed"))) {
                assertThat(carl.post("/api/incidents/" + resolved + "/status", change).status()).isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> reviewEvents(review) > 0);
            // settled: every group at the end of its topics, and nothing more arriving (review-service also reads
            // what it publishes itself, which its relay sends a moment after the review opens)
            AtomicReference<String> settled = new AtomicReference<>("");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String now = caughtUp(platform) ? snapshot(review) : "";
                return !now.isEmpty() && now.equals(settled.getAndSet(now));
            });
            String before = settled.get();

            platform.stop(VigilService.REVIEW);
            rewind(platform);
            platform.start(VigilService.REVIEW);
            await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp(platform));

            assertThat(snapshot(review)).isEqualTo(before);
        }
    }

    /** The read model, the consumed incident events and review-service's own events, as one comparable text. */
    private static String snapshot(JdbcClient review) {
        return String.join("\n",
                review.sql("select cast(k as text) from known_incident k order by incident_id").query(String.class).list())
                // the incident topic's records: review-service's own topic may be found by a reader a little later
                + "\nconsumed " + review.sql("select count(*) from consumed_event where topic like '%vigil.incident.events'")
                        .query(Long.class).single()
                + "\nappended " + reviewEvents(review);
    }

    private static long reviewEvents(JdbcClient review) {
        return review.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private static void rewind(RunningPlatform platform) throws Exception {
        try (Admin admin = ConsumerLag.admin()) {
            List<String> groups = ConsumerLag.groups(admin, platform.prefix() + "review-service.");
            assertThat(groups).isNotEmpty();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetAndMetadata> start = committed.keySet().stream()
                        .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
                admin.alterConsumerGroupOffsets(group, start).all().get();
            }
        }
    }

    /** Every review-service group has committed the end of every partition it reads. */
    private static boolean caughtUp(RunningPlatform platform) throws Exception {
        return ConsumerLag.caughtUp(platform.prefix() + "review-service.");
    }
}
