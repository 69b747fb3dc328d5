package dev.vigil.notification.incidents;

import dev.vigil.notification.NotificationServiceApplication;
import dev.vigil.platform.test.KnownIncidentsContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The notification service keeps the incidents it learns of from the incident topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = NotificationServiceApplication.CONFIG)
class NotificationKnownIncidentsTest extends KnownIncidentsContract {
}
