package dev.vigil.infra;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.notification.NotificationServiceApplication;
import dev.vigil.policy.PolicyServiceApplication;
import dev.vigil.platform.VigilApplication;
import dev.vigil.review.ReviewServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;
import java.util.function.Supplier;

/** The four Vigil services, each startable in this JVM with settings that override its own config. */
public enum VigilService {

    INCIDENT("incident", 8081, () -> VigilApplication.builder(IncidentServiceApplication.class,
            IncidentServiceApplication.CONFIG)),
    REVIEW("review", 8082, () -> VigilApplication.builder(ReviewServiceApplication.class,
            ReviewServiceApplication.CONFIG)),
    POLICY("policy", 8083, () -> VigilApplication.builder(PolicyServiceApplication.class,
            PolicyServiceApplication.CONFIG)),
    NOTIFICATION("notification", 8084, () -> VigilApplication.builder(NotificationServiceApplication.class,
            NotificationServiceApplication.CONFIG));

    private final String context;
    private final int defaultPort;
    private final Supplier<SpringApplicationBuilder> builder;

    VigilService(String context, int defaultPort, Supplier<SpringApplicationBuilder> builder) {
        this.context = context;
        this.defaultPort = defaultPort;
        this.builder = builder;
    }

    public String context() {
        return context;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String databaseName() {
        return "vigil_" + context;
    }

    /**
     * Starts the service. The settings are passed as command-line arguments, so they win over the
     * service's own config file. Shutdown hooks are left to the caller, which stops the services
     * before the servers they use.
     */
    public ConfigurableApplicationContext start(Map<String, String> settings) {
        return builder.get().registerShutdownHook(false).run(arguments(settings));
    }

    /** Settings as command-line arguments, which win over an application's own config file. */
    static String[] arguments(Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    /** The HTTP port a started service listens on. */
    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }
}
