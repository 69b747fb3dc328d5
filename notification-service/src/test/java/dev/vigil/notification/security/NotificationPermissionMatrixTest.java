package dev.vigil.notification.security;

import dev.vigil.notification.NotificationServiceApplication;
import dev.vigil.platform.test.PermissionMatrixContract;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

/** notification-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = NotificationServiceApplication.CONFIG)
class NotificationPermissionMatrixTest extends PermissionMatrixContract {

    @Override
    protected List<Row> expectedTable() {
        return commonRows();
    }
}
