package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.PublishedLanguage;

/**
 * What notification-service publishes on {@code vigil.notification.events}: each incident's
 * regulatory obligations as they are found, revised, withdrawn or marked not applicable, their
 * clocks (due soon, overdue), and the notifications sent for them (drafted, edited, approved,
 * submitted, acknowledged by the authority), and the stakeholder messages delivered or failed. Every payload names the incident, so its IR timeline shows them.
 */
public final class NotificationEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("notification")
            .with("ObligationRecorded", 1, ObligationRecorded.class)
            .with("ObligationRevised", 1, ObligationRevised.class)
            .with("ObligationWithdrawn", 1, ObligationWithdrawn.class)
            .with("ObligationMarkedNotApplicable", 1, ObligationMarkedNotApplicable.class)
            .with("ObligationDueSoon", 1, ObligationDueSoon.class)
            .with("ObligationOverdue", 1, ObligationOverdue.class)
            .with("NotificationDrafted", 1, NotificationDrafted.class)
            .with("NotificationEdited", 1, NotificationEdited.class)
            .with("NotificationApproved", 1, NotificationApproved.class)
            .with("NotificationSubmitted", 1, NotificationSubmitted.class)
            .with("AuthorityAcknowledged", 1, AuthorityAcknowledged.class)
            .with("MessageDelivered", 1, MessageDelivered.class)
            .with("MessageDeliveryFailed", 1, MessageDeliveryFailed.class);

    private NotificationEventTypes() {
    }
}
