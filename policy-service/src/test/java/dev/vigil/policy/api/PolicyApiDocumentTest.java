package dev.vigil.policy.api;

import dev.vigil.policy.PolicyServiceApplication;
import dev.vigil.platform.test.OpenApiContract;
import org.springframework.boot.test.context.SpringBootTest;

/** policy-service's OpenAPI document, and its answers to requests refused before any controller. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PolicyServiceApplication.CONFIG)
class PolicyApiDocumentTest extends OpenApiContract {

    @Override
    protected String serviceName() {
        return "policy-service";
    }
}
