package dev.vigil.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs are JSON lines under the prod profile and readable lines, with the log context, elsewhere. */
class PlatformDefaultsTest {

    @Test
    void the_prod_profile_writes_ecs_json_logs() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void other_profiles_write_readable_lines_with_correlation_actor_and_incident() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("dev");
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(environment.getProperty("logging.pattern.correlation"))
                .contains("%X{correlationId:-}", "%X{actor:-}", "%X{incidentId:-}");
    }
}
