package dev.vigil.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings every Vigil service shares, under {@code vigil.*}.
 *
 * @param context       the bounded context this service owns ({@code incident}, {@code review}, ...):
 *                      names its topic and its CloudEvents source
 * @param kafka         topic and consumer settings
 * @param security      how users are authenticated
 */
@ConfigurationProperties("vigil")
public record VigilProperties(String context, Kafka kafka, Security security) {

    public VigilProperties {
        kafka = kafka == null ? new Kafka(null, null, 0, (short) 0, null) : kafka;
        security = security == null ? new Security(null, null, null) : security;
    }

    /**
     * @param topicPrefix         put before every topic name (lets tests and shared clusters separate tenants)
     * @param consumerGroupPrefix put before every consumer group id
     * @param partitions          partitions of the topics this service creates
     * @param replicationFactor   replication factor of the topics this service creates
     * @param sendTimeout         how long one send may take before the relay treats Kafka as unreachable
     */
    public record Kafka(String topicPrefix, String consumerGroupPrefix, int partitions, short replicationFactor,
                        Duration sendTimeout) {
        public Kafka {
            topicPrefix = topicPrefix == null ? "" : topicPrefix;
            consumerGroupPrefix = consumerGroupPrefix == null ? "" : consumerGroupPrefix;
            partitions = partitions <= 0 ? 3 : partitions;
            replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        }

        public String topic(String baseName) {
            return topicPrefix + baseName;
        }
    }

    /**
     * @param devUsers   users with a password for HTTP Basic, for the dev stack and tests; a service
     *                   started with the {@code prod} profile refuses to start while any are set
     * @param rolesClaim  the JWT claim that lists a user's roles (e.g. {@code roles}, {@code groups},
     *                    {@code realm_access.roles})
     * @param roleMapping the identity provider's role or group names mapped to Vigil roles
     */
    public record Security(List<DevUser> devUsers, String rolesClaim, Map<String, String> roleMapping) {
        public Security {
            devUsers = devUsers == null ? List.of() : List.copyOf(devUsers);
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }

    public record DevUser(String username, String password, String displayName, List<String> roles) {
        public DevUser {
            roles = roles == null ? new ArrayList<>() : List.copyOf(roles);
            displayName = displayName == null ? username : displayName;
        }
    }
}
