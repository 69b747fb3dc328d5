package dev.vigil.notification.publication;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.notification.AuthorityAcknowledged;
import dev.vigil.contracts.notification.MessageDelivered;
import dev.vigil.contracts.notification.MessageDeliveryFailed;
import dev.vigil.contracts.notification.NotificationApproved;
import dev.vigil.contracts.notification.NotificationDrafted;
import dev.vigil.contracts.notification.NotificationEdited;
import dev.vigil.contracts.notification.NotificationEventTypes;
import dev.vigil.contracts.notification.NotificationSubmitted;
import dev.vigil.contracts.notification.ObligationDueSoon;
import dev.vigil.contracts.notification.ObligationMarkedNotApplicable;
import dev.vigil.contracts.notification.ObligationOverdue;
import dev.vigil.contracts.notification.ObligationRecorded;
import dev.vigil.contracts.notification.ObligationRevised;
import dev.vigil.contracts.notification.ObligationWithdrawn;
import dev.vigil.contracts.notification.StageDeadline;
import dev.vigil.notification.events.DraftAcknowledged;
import dev.vigil.notification.events.DraftApproved;
import dev.vigil.notification.events.DraftCreated;
import dev.vigil.notification.events.DraftEdited;
import dev.vigil.notification.events.DraftRef;
import dev.vigil.notification.events.DraftSubmitted;
import dev.vigil.notification.events.MessageAttempted;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationLapsed;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.notification.events.ObligationSetAside;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.StageDueSoon;
import dev.vigil.notification.events.StageOverdue;
import dev.vigil.platform.relay.EventPublication;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What notification-service tells the other services: each obligation found, revised, withdrawn or
 * marked not applicable, each clock that fired, and each regulator notification drafted, edited,
 * approved, submitted (on time or late) and acknowledged, and each attempt at a stakeholder message
 * (delivered or failed), every payload naming its incident (so the incident's IR timeline shows it). Kept home: the organisation profile and compliance's
 * determinations (legal judgement, read here through the API), the notifications' text, the
 * opening of a case, the people directory, subscriptions and the messages' addresses and text.
 */
@Component
class NotificationPublication implements EventPublication {

    @Override
    public PublishedLanguage language() {
        return NotificationEventTypes.LANGUAGE;
    }

    @Override
    public Optional<? extends VigilEvent> publish(Object recorded, EventMessage<?> message) {
        return Optional.ofNullable(switch (recorded) {
            case ObligationFound e -> {
                ObligationTerms t = e.terms();
                yield new ObligationRecorded(e.incidentId(), e.obligationId(), t.ruleId(), t.regime(), title(t),
                        t.citation(), t.authorityName(), t.authorityJurisdiction(), stages(t), due(t), e.cause(),
                        e.foundAt());
            }
            case ObligationChanged e -> {
                ObligationTerms t = e.terms();
                yield new ObligationRevised(e.incidentId(), e.obligationId(), t.ruleId(), t.regime(), title(t), stages(t),
                        stages(e.previous()), e.changes(), String.join("; ", e.changes()), e.cause(), e.changedAt());
            }
            case ObligationLapsed e -> new ObligationWithdrawn(e.incidentId(), e.obligation().obligationId(),
                    e.obligation().ruleId(), e.obligation().regime(), title(e.obligation()),
                    "no longer applies: " + e.why().stream().map(ObligationTerms.Reason::because)
                            .collect(Collectors.joining("; ")), e.cause(), e.lapsedAt());
            case ObligationSetAside e -> new ObligationMarkedNotApplicable(e.incidentId(), e.obligation().obligationId(),
                    e.obligation().ruleId(), e.obligation().regime(), title(e.obligation()), e.justification(),
                    e.markedBy().subject(), e.markedAt());
            case StageDueSoon e -> new ObligationDueSoon(e.incidentId(), e.obligation().obligationId(),
                    e.obligation().ruleId(), e.obligation().regime(), title(e.obligation()), e.stageId(), e.percent(),
                    e.dueAt(), e.stageId() + ": " + e.percent() + "% of the time has passed, due " + e.dueAt(),
                    e.recordedAt());
            case StageOverdue e -> new ObligationOverdue(e.incidentId(), e.obligation().obligationId(),
                    e.obligation().ruleId(), e.obligation().regime(), title(e.obligation()), e.stageId(), e.dueAt(),
                    e.stageId() + " was due " + e.dueAt() + " and is overdue", e.recordedAt());
            case DraftCreated e -> new NotificationDrafted(e.incidentId(), e.draft().draftId(),
                    e.draft().obligation().obligationId(), e.draft().obligation().ruleId(), e.draft().obligation().regime(),
                    title(e.draft()), e.draft().stageId(), e.draftedBy().subject(), e.draftedAt());
            case DraftEdited e -> new NotificationEdited(e.incidentId(), e.draft().draftId(),
                    e.draft().obligation().obligationId(), e.draft().obligation().regime(), title(e.draft()),
                    e.draft().stageId(), e.revision(), e.approvalWithdrawn(), e.editedBy().subject(), e.editedAt());
            case DraftApproved e -> new NotificationApproved(e.incidentId(), e.draft().draftId(),
                    e.draft().obligation().obligationId(), e.draft().obligation().regime(), title(e.draft()),
                    e.draft().stageId(), e.revision(), e.approvedBy().subject(), e.approvedAt());
            case DraftSubmitted e -> submitted(e);
            case DraftAcknowledged e -> new AuthorityAcknowledged(e.incidentId(), e.draft().draftId(),
                    e.draft().obligation().obligationId(), e.draft().obligation().regime(), title(e.draft()),
                    e.draft().stageId(), e.draft().authorityName(), e.reference(), e.receivedAt(),
                    e.recordedBy().subject(), e.recordedAt());
            case MessageAttempted e -> attempted(e);
            default -> null;
        });
    }

    /** Each attempt at a stakeholder message, delivered or failed: never the address, nor the text. */
    private static VigilEvent attempted(MessageAttempted e) {
        String about = e.fact().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (e.incidentKey() == null ? "" : " of " + e.incidentKey());
        if (e.delivered()) {
            return new MessageDelivered(e.incidentId(), e.messageId(), e.subscriptionId(), e.channel(), e.recipientSubject(),
                    e.fact(), e.factEventId(), e.attempt(), e.responseCode(), "message on " + about + " delivered to " + e.recipientSubject()
                    + " by " + e.channel().toLowerCase(java.util.Locale.ROOT) + " (attempt " + e.attempt() + ")",
                    e.attemptedAt());
        }
        boolean gaveUp = e.nextAttemptAt() == null;
        return new MessageDeliveryFailed(e.incidentId(), e.messageId(), e.subscriptionId(), e.channel(), e.recipientSubject(),
                e.fact(), e.factEventId(), e.attempt(), e.responseCode(), e.error(), e.nextAttemptAt(), gaveUp,
                "message on " + about + " to " + e.recipientSubject() + " by " + e.channel().toLowerCase(java.util.Locale.ROOT)
                        + " failed (attempt " + e.attempt() + ": " + e.error() + ")"
                        + (gaveUp ? "; given up" : "; next attempt " + e.nextAttemptAt()), e.attemptedAt());
    }

    private static NotificationSubmitted submitted(DraftSubmitted e) {
        DraftRef d = e.draft();
        Duration left = e.dueAt() == null ? null : Duration.between(e.submittedAt(), e.dueAt());
        boolean late = left != null && left.isNegative();
        String timing = e.immediate() ? "due immediately" : left == null ? "no deadline yet"
                : late ? "late by " + left.negated() : "on time, " + left + " before the deadline";
        return new NotificationSubmitted(e.incidentId(), d.draftId(), d.obligation().obligationId(),
                d.obligation().ruleId(), d.obligation().regime(), title(d), d.stageId(), d.authorityName(), e.channel(),
                e.authorityReference(), e.format(), e.sha256(), e.dueAt(), late, late ? left.negated().toString() : null,
                left != null && !late ? left.toString() : null, e.submittedBy().subject(), e.submittedAt(),
                d.stageName() + " sent to " + d.authorityName() + " via " + e.channel() + " (reference "
                        + e.authorityReference() + "): " + timing);
    }

    private static String title(DraftRef draft) {
        return draft.stageName() + ": " + title(draft.obligation());
    }

    private static String title(ObligationTerms t) {
        return t.title() + " (" + t.authorityJurisdiction() + ")";
    }

    private static String title(ObligationRef ref) {
        return ref.title() + " (" + ref.authorityJurisdiction() + ")";
    }

    private static List<StageDeadline> stages(ObligationTerms t) {
        return t.stages().stream().map(s -> new StageDeadline(s.id(), s.name(), s.dueAt(), s.immediate())).toList();
    }

    private static String due(ObligationTerms t) {
        return t.stages().stream().map(s -> s.name() + (s.immediate() ? " due now" : s.dueAt() != null
                ? " due " + s.dueAt() : " not yet counting")).collect(Collectors.joining("; "));
    }
}
