package dev.vigil.policy.policies;

import dev.vigil.contracts.incident.Person;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** What can be asked of a policy document. */
final class PolicyCommands {

    private PolicyCommands() {
    }

    /** {@code parentLevel} is the level of {@code parentId} as the library knows it (null without a parent). */
    record CreatePolicy(@TargetAggregateIdentifier UUID policyId, String title, PolicyLevel level, UUID parentId,
                        PolicyLevel parentLevel, Person owner, int reviewCadenceMonths) {
    }

    record DraftPolicyVersion(@TargetAggregateIdentifier UUID policyId, String text, LocalDate effectiveFrom) {
    }

    record PublishPolicyVersion(@TargetAggregateIdentifier UUID policyId, int version) {
    }

    /** From the scheduler: the version's review date came. */
    record MarkPolicyReviewDue(@TargetAggregateIdentifier UUID policyId, int version) {
    }
}
