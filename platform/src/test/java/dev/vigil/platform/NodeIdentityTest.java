package dev.vigil.platform;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** An instance restarted under the same settings comes back under the same name; two running ones never share it. */
class NodeIdentityTest {

    @Test
    void a_configured_node_id_is_used_as_it_is_and_is_stable() {
        NodeIdentity node = NodeIdentity.of(new MockEnvironment().withProperty("vigil.node-id", "review-service-0"));

        assertThat(node).isEqualTo(new NodeIdentity("review-service-0", true));
    }

    @Test
    void a_service_on_a_fixed_port_is_named_by_service_host_and_port_and_restarts_under_the_same_name() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "review-service")
                .withProperty("server.port", "8082");

        NodeIdentity first = NodeIdentity.of(environment);
        NodeIdentity restarted = NodeIdentity.of(environment);

        assertThat(first.stable()).isTrue();
        assertThat(first.id()).startsWith("review-service@").endsWith(":8082");
        assertThat(restarted).isEqualTo(first);
    }

    @Test
    void services_on_random_ports_get_names_of_their_own_and_no_stable_membership() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "review-service")
                .withProperty("server.port", "0");

        NodeIdentity one = NodeIdentity.of(environment);
        NodeIdentity other = NodeIdentity.of(environment);

        assertThat(one.stable()).isFalse();
        assertThat(one.id()).isNotEqualTo(other.id());
    }

    @Test
    void the_kafka_form_keeps_only_the_characters_kafka_accepts() {
        assertThat(new NodeIdentity("review-service@host-1:8082", true).forKafka("incident-facts"))
                .isEqualTo("review-service-host-1-8082.incident-facts");
    }
}
