package dev.vigil.knownincidents;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.flywaydb.core.api.Location;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The read model of incidents that review, policy and notification services each keep from the
 * incident topic (each in its own database), with {@code GET /api/incidents}. A service opts in
 * with {@code vigil.known-incidents.enabled=true}.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("vigil.known-incidents.enabled")
public class KnownIncidentsAutoConfiguration {

    @Bean
    KnownIncidents knownIncidents(JdbcClient jdbc) {
        return new KnownIncidents(jdbc);
    }

    @Bean
    KnownIncidentsProjection knownIncidentsProjection(KnownIncidents incidents) {
        return new KnownIncidentsProjection(incidents);
    }

    @Bean
    KnownIncidentsController knownIncidentsController(KnownIncidents incidents) {
        return new KnownIncidentsController(incidents);
    }

    @Bean
    FlywayConfigurationCustomizer knownIncidentsMigrations() {
        return flyway -> flyway.locations(Stream.concat(Arrays.stream(flyway.getLocations()),
                Stream.of(new Location("classpath:db/known-incidents"))).toArray(Location[]::new));
    }
}
