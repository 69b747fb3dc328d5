package dev.vigil.policy.policies;

import dev.vigil.contracts.incident.Person;
import dev.vigil.policy.events.PolicyCreated;
import dev.vigil.policy.events.PolicyReviewFellDue;
import dev.vigil.policy.events.PolicyVersionDrafted;
import dev.vigil.policy.events.PolicyVersionPublished;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A policy document as the library shows it: every version (earlier ones stay readable), which one
 * is published, and whether its review is due. Built only by {@link #apply} from its events.
 *
 * @param publishedVersion the version in force, 0 before the first publication
 * @param version          sequence number of the policy's last event
 */
public record PolicyView(UUID id, String title, PolicyLevel level, UUID parentId, Person owner, int reviewCadenceMonths,
                         List<Version> versions, int publishedVersion, Instant reviewDueAt, boolean reviewDue,
                         Instant createdAt, long version) {

    public PolicyView {
        versions = List.copyOf(versions);
    }

    public record Version(int version, String text, LocalDate effectiveFrom, Instant draftedAt, Instant publishedAt) {
    }

    static PolicyView apply(PolicyView p, Object event, long sequence) {
        return switch (event) {
            case PolicyCreated e -> new PolicyView(e.policyId(), e.title(), PolicyLevel.valueOf(e.level()), e.parentId(),
                    e.owner(), e.reviewCadenceMonths(), List.of(), 0, null, false, e.createdAt(), sequence);
            case PolicyVersionDrafted e -> {
                List<Version> versions = new ArrayList<>(p.versions());
                versions.add(new Version(e.version(), e.text(), e.effectiveFrom(), e.draftedAt(), null));
                yield new PolicyView(p.id(), p.title(), p.level(), p.parentId(), p.owner(), p.reviewCadenceMonths(),
                        versions, p.publishedVersion(), p.reviewDueAt(), p.reviewDue(), p.createdAt(), sequence);
            }
            case PolicyVersionPublished e -> new PolicyView(p.id(), p.title(), p.level(), p.parentId(), p.owner(),
                    p.reviewCadenceMonths(), p.versions().stream().map(v -> v.version() == e.version()
                    ? new Version(v.version(), v.text(), v.effectiveFrom(), v.draftedAt(), e.publishedAt()) : v).toList(),
                    e.version(), e.reviewDueAt(), false, p.createdAt(), sequence);
            case PolicyReviewFellDue e -> new PolicyView(p.id(), p.title(), p.level(), p.parentId(), p.owner(),
                    p.reviewCadenceMonths(), p.versions(), p.publishedVersion(), p.reviewDueAt(), true, p.createdAt(),
                    sequence);
            default -> p;
        };
    }
}
