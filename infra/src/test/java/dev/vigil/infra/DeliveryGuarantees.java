package dev.vigil.infra;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The assertion every delivery test ends with: each incident in a read model, exactly once. */
final class DeliveryGuarantees {

    private DeliveryGuarantees() {
    }

    static void eachExactlyOnce(JdbcClient readModel, Collection<String> keys, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(keysIn(readModel)).containsAll(keys));
        List<String> all = keysIn(readModel);
        assertThat(all).doesNotHaveDuplicates().hasSameSizeAs(keys).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(readModel.sql("select count(*) from consumed_event where consumer = 'known-incidents'")
                .query(Long.class).single()).isEqualTo(keys.size());
    }

    private static List<String> keysIn(JdbcClient readModel) {
        return readModel.sql("select incident_key from known_incident").query(String.class).list();
    }
}
