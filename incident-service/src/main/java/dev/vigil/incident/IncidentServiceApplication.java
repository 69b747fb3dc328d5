package dev.vigil.incident;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Incident command: incidents, severity, roles, decisions and the IR timeline. */
@SpringBootApplication
public class IncidentServiceApplication {

    /** Each service reads its own config file, so that all four can share one JVM in the dev stack. */
    public static final String CONFIG = "spring.config.name=incident-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IncidentServiceApplication.class).properties(CONFIG);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
