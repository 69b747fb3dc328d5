package dev.vigil.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Regulatory obligations and clocks, regulator and stakeholder notifications. */
@SpringBootApplication
public class NotificationServiceApplication {

    /** Each service reads its own config file, so that all four can share one JVM in the dev stack. */
    public static final String CONFIG = "spring.config.name=notification-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(NotificationServiceApplication.class).properties(CONFIG);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
