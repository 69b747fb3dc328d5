package dev.vigil.platform;

import org.springframework.core.env.Environment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this running instance goes by when it claims the relay's event-store segments and joins
 * its Kafka consumer groups.
 * <p>
 * A stable name is what makes a restart after a crash fast: the instance that comes back under the
 * same name takes over its own claims and group membership at once, instead of waiting for the dead
 * process's claims and Kafka session to time out. It is {@code vigil.node-id} when set (e.g. a
 * StatefulSet pod's name), else the service, host and port, which no two running instances share.
 * A service on a random port (tests) has no stable name: it gets a unique one and joins its groups
 * as an ordinary, dynamic member.
 *
 * @param id     the instance's name, unique among running instances
 * @param stable whether the same instance, restarted, gets the same name
 */
public record NodeIdentity(String id, boolean stable) {

    public static NodeIdentity of(Environment environment) {
        String configured = environment.getProperty("vigil.node-id", "");
        if (!configured.isBlank()) {
            return new NodeIdentity(configured, true);
        }
        String service = environment.getProperty("spring.application.name", "vigil");
        String port = environment.getProperty("server.port", "8080");
        if ("0".equals(port)) {
            return new NodeIdentity(service + "@" + host() + ":" + UUID.randomUUID(), false);
        }
        return new NodeIdentity(service + "@" + host() + ":" + port, true);
    }

    /** The name in the characters Kafka accepts in a group instance id. */
    public String forKafka(String suffix) {
        return (id + "." + suffix).replaceAll("[^a-zA-Z0-9._-]", "-");
    }

    private static String host() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
