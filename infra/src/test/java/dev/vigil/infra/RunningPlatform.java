package dev.vigil.infra;

import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.Database;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vigil services running in this JVM against one broker, each on its own database, for
 * cross-service tests. A service can be stopped and started again on the same database.
 */
final class RunningPlatform implements AutoCloseable {

    private final String kafkaBootstrapServers;
    private final String prefix;
    private final Map<String, String> extraSettings;
    private final Map<VigilService, Database> databases = new EnumMap<>(VigilService.class);
    private final Map<VigilService, ConfigurableApplicationContext> running = new EnumMap<>(VigilService.class);
    private final List<ConfigurableApplicationContext> others = new ArrayList<>();

    RunningPlatform(String kafkaBootstrapServers, String name, Map<String, String> extraSettings) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.extraSettings = extraSettings;
        for (VigilService service : VigilService.values()) {
            databases.put(service, TestInfrastructure.get().newDatabase(name + "_" + service.context()));
        }
        this.prefix = databases.get(VigilService.INCIDENT).name() + ".";
    }

    RunningPlatform start(VigilService... services) {
        for (VigilService service : services) {
            running.put(service, service.start(settings(service)));
        }
        return this;
    }

    /**
     * One more instance of a running service, on the same database and in the same consumer groups
     * (its own port and node name): closed with the platform.
     */
    ConfigurableApplicationContext startAnotherInstance(VigilService service) {
        ConfigurableApplicationContext instance = service.start(settings(service));
        others.add(instance);
        return instance;
    }

    private Map<String, String> settings(VigilService service) {
        Database db = databases.get(service);
        Map<String, String> settings = new HashMap<>();
        settings.put("spring.datasource.url", db.url());
        settings.put("spring.datasource.username", db.username());
        settings.put("spring.datasource.password", db.password());
        settings.put("spring.datasource.hikari.maximum-pool-size", "5");
        settings.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        settings.put("vigil.kafka.topic-prefix", prefix);
        settings.put("vigil.kafka.consumer-group-prefix", prefix);
        settings.put("server.port", "0");
        settings.put("spring.profiles.active", "test");
        for (String property : TestUsers.asProperties()) {
            int eq = property.indexOf('=');
            settings.put(property.substring(0, eq), property.substring(eq + 1));
        }
        settings.putAll(extraSettings);
        return settings;
    }

    void stop(VigilService service) {
        ConfigurableApplicationContext context = running.remove(service);
        if (context != null) {
            context.close();
        }
    }

    /** Put before every topic and consumer group of this platform. */
    String prefix() {
        return prefix;
    }

    ConfigurableApplicationContext context(VigilService service) {
        return running.get(service);
    }

    ApiClient as(String user, VigilService service) {
        return ApiClient.as(user, VigilService.port(running.get(service)));
    }

    /** Where the service's own database is. */
    Database databaseOf(VigilService service) {
        return databases.get(service);
    }

    /** The service's own database, readable whether the service runs or not. */
    JdbcClient database(VigilService service) {
        Database db = databases.get(service);
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(db.url(), db.username(), db.password());
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        others.reversed().forEach(ConfigurableApplicationContext::close);
        List<VigilService> services = new ArrayList<>(running.keySet());
        services.reversed().forEach(this::stop);
    }
}
