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
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "vigilPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(NAME,
                    new ClassPathResource("vigil-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
