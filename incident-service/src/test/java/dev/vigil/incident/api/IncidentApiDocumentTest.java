package dev.vigil.incident.api;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.platform.test.OpenApiContract;
import org.springframework.boot.test.context.SpringBootTest;

/** incident-service's OpenAPI document, and its answers to requests refused before any controller. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
class IncidentApiDocumentTest extends OpenApiContract {

    @Override
    protected String serviceName() {
        return "incident-service";
    }
}
