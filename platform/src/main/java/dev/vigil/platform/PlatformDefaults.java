package dev.vigil.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Puts {@code vigil-platform-defaults.properties} last in every service's environment: the settings
 * that make a Vigil service (Axon without Axon Server, the Jackson 3 serializer, the bytea dialect,
 * schema by Flyway only) live in one place, and any service or deployment may still override them.
 * Under the {@code prod} profile, {@code vigil-platform-prod.properties} comes first (JSON logs).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "vigilPlatformDefaults";
    static final String PROD_NAME = "vigilPlatformProdDefaults";
    static final String PROD = "prod";
    static final String AXON_UPDATE_CHECK = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        // Axon reports usage to its vendor unless told not to; a system of record for AI incidents
        // makes no calls home. An operator who wants the report sets the property to false.
        if (System.getProperty(AXON_UPDATE_CHECK) == null) {
            System.setProperty(AXON_UPDATE_CHECK, "true");
        }
        try {
            // the prod profile's defaults go before the general ones (both after everything else)
            if (environment.matchesProfiles(PROD)) {
                environment.getPropertySources().addLast(new ResourcePropertySource(PROD_NAME,
                        new ClassPathResource("vigil-platform-prod.properties")));
            }
            environment.getPropertySources().addLast(new ResourcePropertySource(NAME,
                    new ClassPathResource("vigil-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
