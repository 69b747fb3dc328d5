package dev.vigil.platform;

import org.springframework.boot.builder.SpringApplicationBuilder;

/** How every Vigil service starts: one place for what the four services share at launch. */
public final class VigilApplication {

    /** Each service reads its own config file ({@code <name>.yml}), so all four can share one JVM in the dev stack. */
    public static final String CONFIG_NAME = "spring.config.name=";

    private VigilApplication() {
    }

    /** A service's application, reading the config file that {@code config} names. */
    public static SpringApplicationBuilder builder(Class<?> application, String config) {
        return new SpringApplicationBuilder(application).properties(config);
    }
}
