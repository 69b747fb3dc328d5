package dev.vigil.policy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** AI-system inventory, policies and controls, and the policy exceptions register. */
@SpringBootApplication
public class PolicyServiceApplication {

    /** Each service reads its own config file, so that all four can share one JVM in the dev stack. */
    public static final String CONFIG = "spring.config.name=policy-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(PolicyServiceApplication.class).properties(CONFIG);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
