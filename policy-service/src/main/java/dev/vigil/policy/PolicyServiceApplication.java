package dev.vigil.policy;

import dev.vigil.platform.VigilApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** AI-system inventory, policies and controls, the policy-exception register. */
@SpringBootApplication
public class PolicyServiceApplication {

    public static final String CONFIG = VigilApplication.CONFIG_NAME + "policy-service";

    public static void main(String[] args) {
        VigilApplication.builder(PolicyServiceApplication.class, CONFIG).run(args);
    }
}
