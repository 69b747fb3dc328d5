package dev.vigil.notification;

import dev.vigil.platform.test.ServiceArchitectureContract;

class NotificationArchitectureTest implements ServiceArchitectureContract {

    @Override
    public String servicePackage() {
        return "dev.vigil.notification";
    }
}
