package dev.vigil.policy.policies;

import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.policy.events.PolicyCreated;
import dev.vigil.policy.events.PolicyReviewFellDue;
import dev.vigil.policy.events.PolicyVersionDrafted;
import dev.vigil.policy.events.PolicyVersionPublished;
import dev.vigil.policy.policies.PolicyCommands.CreatePolicy;
import dev.vigil.policy.policies.PolicyCommands.DraftPolicyVersion;
import dev.vigil.policy.policies.PolicyCommands.MarkPolicyReviewDue;
import dev.vigil.policy.policies.PolicyCommands.PublishPolicyVersion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A policy document: its place in the hierarchy, its owner and its versions, drafted then published. */
@Aggregate(type = Policy.TYPE)
class Policy {

    static final String TYPE = "Policy";

    @AggregateIdentifier
    private UUID policyId;
    private int reviewCadenceMonths;
    private final Map<Integer, LocalDate> drafts = new HashMap<>();
    private final Set<Integer> published = new HashSet<>();
    private int latestPublished;
    private final Set<Integer> reviewsDue = new HashSet<>();

    Policy() {
        // rebuilt from its events
    }

    @CommandHandler
    Policy(CreatePolicy command, Clock clock) {
        if (command.level().parentLevel() != command.parentLevel()) {
            throw new RuleViolationException("parentId", "one-level-up", command.level().parentLevel() == null
                    ? "a principle has no parent"
                    : "a " + command.level() + "'s parent is a " + command.level().parentLevel()
                    + (command.parentLevel() == null ? "" : ", not a " + command.parentLevel()));
        }
        apply(new PolicyCreated(command.policyId(), command.title().strip(), command.level().name(), command.parentId(),
                command.owner(), command.reviewCadenceMonths(), clock.instant()));
    }

    @CommandHandler
    int handle(DraftPolicyVersion command, Clock clock) {
        int version = drafts.size() + 1;
        apply(new PolicyVersionDrafted(policyId, version, command.text().strip(), command.effectiveFrom(), clock.instant()));
        return version;
    }

    /**
     * Publishing fixes the review date (a cadence after it takes effect) and schedules the reminder,
     * in this command's transaction: it exists exactly when the publication does.
     */
    @CommandHandler
    void handle(PublishPolicyVersion command, Clock clock, PersistentScheduler scheduler) {
        LocalDate effective = drafts.get(command.version());
        if (effective == null) {
            throw new ConflictException("no-such-version", "version " + command.version() + " was never drafted",
                    Map.of("drafted", drafts.keySet()));
        }
        if (published.contains(command.version()) || command.version() < latestPublished) {
            throw new ConflictException("published", "version " + command.version()
                    + " is already published or older than the published version " + latestPublished);
        }
        Instant now = clock.instant();
        Instant takesEffect = effective.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = takesEffect.isAfter(now) ? takesEffect : now;
        Instant reviewDue = from.atZone(ZoneOffset.UTC).plusMonths(reviewCadenceMonths).toInstant();
        apply(new PolicyVersionPublished(policyId, command.version(), reviewDue, now));
        scheduler.schedule(PolicyReviews.of(policyId, command.version()), reviewDue);
    }

    /** Only the version still in force falls due, and only once. */
    @CommandHandler
    void handle(MarkPolicyReviewDue command, Clock clock) {
        if (command.version() == latestPublished && !reviewsDue.contains(command.version())) {
            apply(new PolicyReviewFellDue(policyId, command.version(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(PolicyCreated event) {
        policyId = event.policyId();
        reviewCadenceMonths = event.reviewCadenceMonths();
    }

    @EventSourcingHandler
    void on(PolicyVersionDrafted event) {
        drafts.put(event.version(), event.effectiveFrom());
    }

    @EventSourcingHandler
    void on(PolicyVersionPublished event) {
        published.add(event.version());
        latestPublished = event.version();
    }

    @EventSourcingHandler
    void on(PolicyReviewFellDue event) {
        reviewsDue.add(event.version());
    }
}
