package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.PublishedLanguage;

/** What notification-service publishes on {@code vigil.notification.events}: nothing yet, so readers know only the topic. */
public final class NotificationEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("notification");

    private NotificationEventTypes() {
    }
}
