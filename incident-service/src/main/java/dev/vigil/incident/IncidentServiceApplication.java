package dev.vigil.incident;

import dev.vigil.platform.VigilApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Incident command: incidents, severity, roles, decisions and the IR timeline. */
@SpringBootApplication
public class IncidentServiceApplication {

    public static final String CONFIG = VigilApplication.CONFIG_NAME + "incident-service";

    public static void main(String[] args) {
        VigilApplication.builder(IncidentServiceApplication.class, CONFIG).run(args);
    }
}
