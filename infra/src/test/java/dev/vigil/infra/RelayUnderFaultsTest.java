package dev.vigil.infra;

import dev.vigil.platform.relay.KafkaRelay;
import dev.vigil.platform.test.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.infra.Declarations.declare;
import static org.awaitility.Awaitility.await;

/**
 * Kafka goes away while incidents are declared. Declarations are still accepted (the event store
 * is the record); when the broker is back, the relay delivers every event it could not send, and
 * each consumer ends with each incident exactly once.
 */
class RelayUnderFaultsTest {

    @TempDir
    Path kafkaData;

    @Test
    void events_declared_while_kafka_is_down_all_arrive_once_after_it_returns() throws Exception {
        // the platform reaches the broker through a link with a port of its own, so the broker can come
        // back on new ports instead of taking its old ones again
        try (BrokerLink link = new BrokerLink()) {
            DevKafka kafka = DevKafka.startOnFreePorts(kafkaData, link.port());
            link.pointAt(kafka.port());
            List<String> keys = new ArrayList<>();
            try (RunningPlatform platform = new RunningPlatform("localhost:" + link.port(), "faults",
                    Map.of("vigil.kafka.send-timeout", "2s"))) {
                platform.start(VigilService.INCIDENT, VigilService.REVIEW, VigilService.NOTIFICATION);
                var commander = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT);
                for (int i = 0; i < 3; i++) {
                    keys.add(declare(commander, "Before the outage " + i));
                }
                DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.REVIEW), keys, Duration.ofSeconds(20));

                kafka.close();
                for (int i = 0; i < 4; i++) {
                    keys.add(declare(commander, "During the outage " + i));
                }
                // the relay has tried and failed: the events wait in the event store, none is skipped
                var meters = platform.context(VigilService.INCIDENT).getBean(MeterRegistry.class);
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        meters.counter(KafkaRelay.METRIC, "outcome", "failed").count() >= 2);
                kafka = DevKafka.startOnFreePorts(kafkaData, link.port());
                link.pointAt(kafka.port());
                for (int i = 0; i < 2; i++) {
                    keys.add(declare(commander, "After the outage " + i));
                }

                DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.REVIEW), keys, Duration.ofSeconds(90));
                DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.NOTIFICATION), keys, Duration.ofSeconds(30));
            } finally {
                kafka.close();
            }
        }
    }
}
