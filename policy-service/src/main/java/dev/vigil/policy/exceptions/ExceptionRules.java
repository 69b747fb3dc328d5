package dev.vigil.policy.exceptions;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.ForbiddenException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.security.SeparationOfDuties;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that keep a waiver from becoming drift, as plain functions: how it is rated, how long it
 * may run, what it must carry, and who may decide it.
 */
final class ExceptionRules {

    static final String POLICY_OWNER = "POLICY_OWNER";
    static final String COMMITTEE = "COMMITTEE";

    private ExceptionRules() {
    }

    /** Likelihood × impact, rated by the configured matrix. */
    static ResidualRisk rate(int likelihood, int impact, ExceptionSettings settings) {
        int score = likelihood * impact;
        if (score >= settings.criticalFrom()) {
            return ResidualRisk.CRITICAL;
        }
        if (score >= settings.highFrom()) {
            return ResidualRisk.HIGH;
        }
        return score >= settings.mediumFrom() ? ResidualRisk.MEDIUM : ResidualRisk.LOW;
    }

    /**
     * A request's terms against its rating (422 naming each broken rule): compensating controls from
     * MEDIUM up, an expiry in the future and no later than the rating allows.
     */
    static void checkTerms(ResidualRisk rating, Instant expiry, List<String> compensating, Instant now,
                           ExceptionSettings settings) {
        List<FieldViolation> broken = new ArrayList<>();
        if (rating != ResidualRisk.LOW && compensating.isEmpty()) {
            broken.add(new FieldViolation("compensatingControls", "required-from-medium",
                    "a " + rating + " waiver needs compensating controls: what reduces the risk while the control is off"));
        }
        Instant limit = now.atZone(ZoneOffset.UTC).plus(settings.maxDuration().get(rating)).toInstant();
        if (!expiry.isAfter(now)) {
            broken.add(new FieldViolation("requestedExpiry", "in-future", "the requested expiry has passed"));
        } else if (expiry.isAfter(limit)) {
            broken.add(new FieldViolation("requestedExpiry", "max-duration", "a " + rating + " waiver runs at most "
                    + settings.maxDuration().get(rating) + ": until " + limit + " at the latest"));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
    }

    /**
     * In which capacity the person approves this round: as POLICY_OWNER when they own the policy of a
     * waived control and no owner approved yet, else as COMMITTEE when the rating needs the committee
     * and it has not approved yet. Nobody approves what they requested, or twice.
     */
    static String approvalCapacity(Person approver, Collection<String> roles, Set<String> policyOwners, Person requester,
                                   ResidualRisk rating, Map<String, String> approvalsSoFar) {
        SeparationOfDuties.requireDifferent("policy exception", requester.subject(), approver.subject());
        if (approvalsSoFar.containsKey(approver.subject())) {
            throw new SeparationOfDuties.SeparationOfDutiesViolation("policy exception (approved once already)",
                    approver.subject());
        }
        if (roles.contains(POLICY_OWNER) && policyOwners.contains(approver.subject())
                && !approvalsSoFar.containsValue(POLICY_OWNER)) {
            return POLICY_OWNER;
        }
        if (roles.contains(COMMITTEE) && rating.needsCommittee() && !approvalsSoFar.containsValue(COMMITTEE)) {
            return COMMITTEE;
        }
        throw new ForbiddenException("not-an-approver", "a policy owner of a waived control's policy " + policyOwners
                + " approves a waiver" + (rating.needsCommittee() ? ", and the safety committee too for " + rating : "")
                + "; " + approver.subject() + " has no approval left to give here");
    }

    /** Whether the approvals given complete the round. */
    static boolean complete(ResidualRisk rating, Map<String, String> approvals) {
        return approvals.containsValue(POLICY_OWNER) && (!rating.needsCommittee() || approvals.containsValue(COMMITTEE));
    }

    /**
     * Who may reject or revoke: an owner of a waived control's policy, or the committee; never the
     * requester of what is being decided ({@code requester} null when nothing is pending).
     */
    static void requireDecider(Person decider, Collection<String> roles, Set<String> policyOwners, Person requester,
                               String what) {
        if (requester != null) {
            SeparationOfDuties.requireDifferent("policy exception", requester.subject(), decider.subject());
        }
        boolean owner = roles.contains(POLICY_OWNER) && policyOwners.contains(decider.subject());
        if (!owner && !roles.contains(COMMITTEE)) {
            throw new ForbiddenException("not-a-decider", "only an owner of a waived control's policy " + policyOwners
                    + " or the safety committee may " + what + " this exception");
        }
    }
}
