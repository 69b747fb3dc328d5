package dev.vigil.platform.relay;

import dev.vigil.platform.test.TestInfrastructure;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay's position on the platform's {@code token_entry} table (migration V1), two instances on
 * one database: rows as Axon's JPA store wrote them read the same, and a claim is extended only by
 * its owner.
 */
class RelayTokenStoreTest {

    private static final String RELAY = "vigil-kafka-relay";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private JdbcClient sql;
    private TransactionTemplate transaction;
    private RelayTokenStore first;
    private RelayTokenStore second;

    @BeforeEach
    void migratedDatabase() {
        var database = TestInfrastructure.get().newDatabase("relay_tokens");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
                database.password());
        // as the services migrate (vigil-platform-defaults.properties): V5 builds its index concurrently, which would
        // wait for ever on a lock Flyway held in a transaction
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform")
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();
        sql = JdbcClient.create(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        first = RelayTokenStore.over(dataSource, serializer, "incident-service@host-1:8081", CLAIM_TIMEOUT);
        second = RelayTokenStore.over(dataSource, serializer, "incident-service@host-2:8081", CLAIM_TIMEOUT);
    }

    @Test
    void a_position_the_jpa_token_store_wrote_is_read_and_carried_on() {
        // what Axon's JPA store left in a running database: a claimed segment at event 41
        sql.sql("insert into token_entry (processor_name, segment, owner, timestamp, token, token_type) "
                        + "values (:name, 0, :owner, '2026-12-01T12:00:00.000Z', :token, :type)")
                .param("name", RELAY).param("owner", "incident-service@host-1:8081")
                .param("token", "{\"index\":41,\"gaps\":[]}".getBytes(UTF_8))
                .param("type", GapAwareTrackingToken.class.getName())
                .update();

        TrackingToken token = transaction.execute(status -> first.fetchToken(RELAY, 0));
        assertThat(token).isEqualTo(position(41));

        transaction.executeWithoutResult(status -> first.storeToken(position(42), RELAY, 0));
        assertThat(new String(sql.sql("select token from token_entry where processor_name = :name and segment = 0")
                .param("name", RELAY).query(byte[].class).single(), UTF_8))
                .isEqualTo("{\"index\":42,\"gaps\":[]}");
    }

    @Test
    void only_the_owner_extends_a_claim() {
        transaction.executeWithoutResult(status -> first.initializeTokenSegments(RELAY, 2));
        transaction.executeWithoutResult(status -> first.fetchToken(RELAY, 0));

        transaction.executeWithoutResult(status -> first.extendClaim(RELAY, 0));
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> second.extendClaim(RELAY, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(owner(0)).isEqualTo("incident-service@host-1:8081");
    }

    @Test
    void a_claim_given_up_is_not_taken_back_by_extending_it() {
        transaction.executeWithoutResult(status -> first.initializeTokenSegments(RELAY, 2));
        transaction.executeWithoutResult(status -> first.fetchToken(RELAY, 1));
        // the first instance's claim lapsed (let go here, as a timeout would); the second took the segment over,
        // went on, and let it go
        transaction.executeWithoutResult(status -> first.releaseClaim(RELAY, 1));
        transaction.executeWithoutResult(status -> second.fetchToken(RELAY, 1));
        transaction.executeWithoutResult(status -> second.storeToken(position(7), RELAY, 1));
        transaction.executeWithoutResult(status -> second.releaseClaim(RELAY, 1));

        // Axon's own JDBC store would claim the segment again here and go on from its older position
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> first.extendClaim(RELAY, 1)))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(owner(1)).isNull();
        TrackingToken resumed = transaction.execute(status -> first.fetchToken(RELAY, 1));
        assertThat(resumed).isEqualTo(position(7));
    }

    private static TrackingToken position(long event) {
        return GapAwareTrackingToken.newInstance(event, List.of());
    }

    private String owner(int segment) {
        return (String) sql.sql("select owner from token_entry where processor_name = :name and segment = :segment")
                .param("name", RELAY).param("segment", segment).query().singleRow().get("owner");
    }
}
