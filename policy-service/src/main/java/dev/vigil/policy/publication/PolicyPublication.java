package dev.vigil.policy.publication;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.ExceptionExpiringSoon;
import dev.vigil.contracts.policy.IncidentOnExceptedSystem;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.contracts.policy.PolicyExceptionChanged;
import dev.vigil.contracts.policy.PolicyReviewDue;
import dev.vigil.policy.events.ExceptionApprovalGiven;
import dev.vigil.policy.events.ExceptionApproved;
import dev.vigil.policy.events.ExceptionExpired;
import dev.vigil.policy.events.ExceptionExpiryReminded;
import dev.vigil.policy.events.ExceptionFlaggedForReReview;
import dev.vigil.policy.events.ExceptionRejected;
import dev.vigil.policy.events.ExceptionRequested;
import dev.vigil.policy.events.ExceptionRevoked;
import dev.vigil.policy.events.IncidentOnExceptedSystemNoted;
import dev.vigil.policy.events.PolicyReviewFellDue;
import dev.vigil.policy.events.SystemChanged;
import dev.vigil.policy.events.SystemFacts;
import dev.vigil.policy.events.SystemRegistered;
import dev.vigil.policy.policies.PolicyLibrary;
import dev.vigil.policy.register.RegisterRow;
import dev.vigil.platform.relay.EventPublication;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What policy-service tells the other services. Published: the inventory's facts after every change
 * (notification-service decides regulatory obligations from them), every move of an exception with
 * its state after it, expiry reminders, incidents on excepted systems, and policy reviews falling
 * due. Kept home: policy texts and control definitions (read here, through the API), which no other
 * service's rules turn on.
 */
@Component
class PolicyPublication implements EventPublication {

    private final EventStore eventStore;
    private final PolicyLibrary policies;

    PolicyPublication(EventStore eventStore, PolicyLibrary policies) {
        this.eventStore = eventStore;
        this.policies = policies;
    }

    @Override
    public PublishedLanguage language() {
        return PolicyEventTypes.LANGUAGE;
    }

    @Override
    public Optional<? extends VigilEvent> publish(Object recorded, EventMessage<?> message) {
        return Optional.ofNullable(switch (recorded) {
            case SystemRegistered e -> system(e.systemId(), 1, e.facts(), e.reason(), e.registeredAt());
            case SystemChanged e -> system(e.systemId(), e.revision(), e.facts(), e.reason(), e.changedAt());
            case ExceptionRequested e -> changed(e.renewal() == 0 ? "REQUESTED" : "RENEWAL_REQUESTED", e.justification(),
                    e.requestedAt(), message);
            case ExceptionApprovalGiven e -> changed("APPROVAL_GIVEN", e.note(), e.approvedAt(), message);
            case ExceptionApproved e -> changed(e.renewal() == 0 ? "APPROVED" : "RENEWED", null, e.approvedAt(), message);
            case ExceptionRejected e -> changed("REJECTED", e.reason(), e.rejectedAt(), message);
            case ExceptionRevoked e -> changed("REVOKED", e.reason(), e.revokedAt(), message);
            case ExceptionExpired e -> changed("EXPIRED", null, e.expiredAt(), message);
            case ExceptionFlaggedForReReview e -> changed("NEEDS_RE_REVIEW", e.cause() + ": " + e.detail(), e.flaggedAt(),
                    message);
            case ExceptionExpiryReminded e -> {
                RegisterRow row = rowAt(message);
                yield new ExceptionExpiringSoon(e.exceptionId(), row.key(), row.owner().subject(), e.daysLeft(),
                        e.expiresAt());
            }
            case IncidentOnExceptedSystemNoted e -> {
                RegisterRow row = rowAt(message);
                yield new IncidentOnExceptedSystem(e.incidentId(), e.incidentKey(), e.systemId(), e.exceptionId(),
                        row.key(), row.controlIds(), e.occurredAt());
            }
            case PolicyReviewFellDue e -> policies.find(e.policyId()).map(p -> new PolicyReviewDue(e.policyId(),
                    p.title(), e.version(), p.owner().subject(), e.dueAt())).orElse(null);
            default -> null;
        });
    }

    private static AiSystemRecorded system(String id, int revision, SystemFacts f, String reason, Instant at) {
        return new AiSystemRecorded(id, revision, f.name(), f.lifecycle(), f.roles(), f.riskClass(), f.annexIIIArea(),
                f.jurisdictions(), f.sectors(), f.personalData(), f.criticalInfrastructure(), f.frontierDeveloper(),
                f.largeFrontierDeveloper(), f.owner().subject(), f.team(), reason, at);
    }

    private PolicyExceptionChanged changed(String change, String reason, Instant at, EventMessage<?> message) {
        RegisterRow row = rowAt(message);
        return new PolicyExceptionChanged(row.id(), row.key(), change, row.status(), row.controlIds(), row.systemIds(),
                row.rating(), factor(row.likelihood()), factor(row.impact()), row.owner().subject(),
                row.approvals().stream().map(a -> a.approver().subject()).distinct().toList(), row.expiresAt(),
                row.needsReReview(), row.renewals(), reason, at);
    }

    /** A likelihood or impact score (1 to 5); 0 would mean none was given, published as null. */
    private static Integer factor(int score) {
        return score > 0 ? score : null;
    }

    /** The exception as it stood right after this event: its events folded up to the event's sequence. */
    private RegisterRow rowAt(EventMessage<?> message) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
        RegisterRow row = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(domain.getAggregateIdentifier()).asStream().toList()) {
            if (event.getSequenceNumber() > domain.getSequenceNumber()) {
                break;
            }
            row = RegisterRow.apply(row, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return row;
    }

}
