package dev.vigil.notification.api;

import dev.vigil.notification.NotificationServiceApplication;
import dev.vigil.platform.test.OpenApiContract;
import org.springframework.boot.test.context.SpringBootTest;

/** notification-service's OpenAPI document, and its answers to requests refused before any controller. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = NotificationServiceApplication.CONFIG)
class NotificationApiDocumentTest extends OpenApiContract {

    @Override
    protected String serviceName() {
        return "notification-service";
    }
}
