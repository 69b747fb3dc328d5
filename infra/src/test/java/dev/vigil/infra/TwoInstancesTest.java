package dev.vigil.infra;

import dev.vigil.platform.NodeIdentity;
import dev.vigil.platform.relay.KafkaRelay;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.vigil.infra.Declarations.declare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R10, short: two instances of review-service on one database and in the same consumer groups share
 * the incident topic's partitions; when one stops, the other takes over its partitions and the relay's
 * segments, and every incident is in the read model once. (The fault suite kills one with SIGKILL
 * and times the takeover.)
 */
class TwoInstancesTest {

    @Test
    void a_second_instance_shares_the_partitions_and_takes_over_everything_when_the_first_stops() throws Exception {
        List<String> keys = new ArrayList<>();
        try (RunningPlatform platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "twice",
                Map.of());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     TestInfrastructure.get().kafkaBootstrapServers()))) {
            platform.start(VigilService.INCIDENT, VigilService.REVIEW);
            ConfigurableApplicationContext second = platform.startAnotherInstance(VigilService.REVIEW);
            String group = platform.prefix() + "review-service.known-incidents";

            // the incident topic is created with the first event; the group then spreads its partitions
            for (int i = 0; i < 3; i++) {
                keys.add(declare(platform.as(TestUsers.COMMANDER, VigilService.INCIDENT), "Shared " + i));
            }
            DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.REVIEW), keys, Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(membersWithPartitions(admin, group)).as("both instances hold partitions").hasSize(2));

            platform.stop(VigilService.REVIEW);
            for (int i = 0; i < 3; i++) {
                keys.add(declare(platform.as(TestUsers.COMMANDER, VigilService.INCIDENT), "After the first stopped " + i));
            }
            DeliveryGuarantees.eachExactlyOnce(platform.database(VigilService.REVIEW), keys, Duration.ofSeconds(60));

            String survivor = second.getBean(NodeIdentity.class).id();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(membersWithPartitions(admin, group)).singleElement()
                        .satisfies(member -> assertThat(member.assignment().topicPartitions()).hasSize(3));
                assertThat(platform.database(VigilService.REVIEW)
                        .sql("select owner from token_entry where processor_name = ?")
                        .param(KafkaRelay.PROCESSING_GROUP).query(String.class).list())
                        .as("the relay's segments").isNotEmpty().containsOnly(survivor);
            });
        }
    }

    private static List<MemberDescription> membersWithPartitions(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                .filter(m -> !m.assignment().topicPartitions().isEmpty())
                .toList();
    }
}
