package dev.vigil.infra;

import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.infra.Declarations.declare;

/** Services stopped and started again mid-stream lose nothing and duplicate nothing. */
class RestartTest {

    @Test
    void a_consumer_and_the_publisher_restarted_mid_stream_end_with_each_incident_once() {
        List<String> keys = new ArrayList<>();
        try (RunningPlatform platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "restart",
                Map.of())) {
            platform.start(VigilService.INCIDENT, VigilService.REVIEW, VigilService.NOTIFICATION);
            for (int i = 0; i < 3; i++) {
                keys.add(declare(platform.as(TestUsers.COMMANDER, VigilService.INCIDENT), "First batch " + i));
            }

            platform.stop(VigilService.REVIEW);
            for (int i = 0; i < 3; i++) {
                keys.add(declare(platform.as(TestUsers.COMMANDER, VigilService.INCIDENT), "Review is down " + i));
            }

            platform.stop(VigilService.INCIDENT);
            platform.start(VigilService.INCIDENT);
            for (int i = 0; i < 3; i++) {
                keys.add(declare(platform.as(TestUsers.COMMANDER, VigilService.INCIDENT), "Incident restarted " + i));
            }
            platform.start(VigilService.REVIEW);

            DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.REVIEW), keys, Duration.ofSeconds(60));
            DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.NOTIFICATION), keys, Duration.ofSeconds(30));
        }
    }
}
