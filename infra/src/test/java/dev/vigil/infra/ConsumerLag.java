package dev.vigil.infra;

import dev.vigil.platform.test.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How far a platform's consumer groups are behind the topics they read, from Kafka's own offsets. */
final class ConsumerLag {

    private ConsumerLag() {
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()));
    }

    /** The consumer groups whose names start with the prefix (a platform's, or one service's in it). */
    static List<String> groups(Admin admin, String prefix) throws Exception {
        return admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .filter(g -> g.startsWith(prefix)).toList();
    }

    /**
     * Whether at least one group starts with the prefix and every such group has committed the end of
     * every partition it has committed on.
     */
    static boolean caughtUp(String prefix) throws Exception {
        return caughtUp(List.of(prefix));
    }

    /** The same for each of the prefixes, asked with one client. */
    static boolean caughtUp(List<String> prefixes) throws Exception {
        try (Admin admin = admin()) {
            for (String prefix : prefixes) {
                if (!caughtUp(admin, prefix)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean caughtUp(Admin admin, String prefix) throws Exception {
        List<String> groups = groups(admin, prefix);
        if (groups.isEmpty()) {
            return false;
        }
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            for (var partition : committed.entrySet()) {
                if (partition.getValue() == null
                        || partition.getValue().offset() < ends.get(partition.getKey()).offset()) {
                    return false;
                }
            }
        }
        return true;
    }
}
