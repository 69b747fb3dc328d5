package dev.vigil.notification;

import dev.vigil.platform.VigilApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Regulatory obligations and clocks, regulator and stakeholder notifications. */
@SpringBootApplication
public class NotificationServiceApplication {

    public static final String CONFIG = VigilApplication.CONFIG_NAME + "notification-service";

    public static void main(String[] args) {
        VigilApplication.builder(NotificationServiceApplication.class, CONFIG).run(args);
    }
}
