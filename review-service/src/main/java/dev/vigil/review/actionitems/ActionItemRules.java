package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.ForbiddenException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.contracts.review.ActionItemStatus.DONE;
import static dev.vigil.contracts.review.ActionItemStatus.IN_PROGRESS;
import static dev.vigil.contracts.review.ActionItemStatus.OPEN;
import static dev.vigil.contracts.review.ActionItemStatus.VERIFIED;
import static dev.vigil.contracts.review.ActionItemStatus.WONT_DO;

/** The rules of action items as plain functions: the moves, who may make them, and when an item falls due. */
final class ActionItemRules {

    /** Moves by status change; VERIFIED is reached by verification only. */
    private static final Map<ActionItemStatus, List<ActionItemStatus>> MOVES = Map.of(
            OPEN, List.of(IN_PROGRESS, WONT_DO),
            IN_PROGRESS, List.of(DONE, WONT_DO, OPEN),
            DONE, List.of(OPEN),
            VERIFIED, List.of(OPEN),
            WONT_DO, List.of(OPEN));

    /** Besides the owner, who may work an item: the review's writers, the committee, admins. */
    static final Set<String> STEWARDS = Set.of("REVIEWER", "COMMITTEE", "ADMIN");

    static final List<Integer> DUE_SOON_DAYS = List.of(7, 1);
    static final Duration WEEK = Duration.ofDays(7);

    private ActionItemRules() {
    }

    static List<ActionItemStatus> allowed(ActionItemStatus from) {
        return MOVES.get(from);
    }

    static void requireMove(ActionItemStatus from, ActionItemStatus to) {
        if (!allowed(from).contains(to)) {
            String hint = to == VERIFIED ? "; an item is verified through /verification" : "";
            throw new ConflictException("invalid-transition", "an action item in " + from + " cannot move to " + to
                    + "; allowed: " + allowed(from) + hint, Map.of("from", from, "to", to, "allowed", allowed(from)));
        }
    }

    /** The owner works their item; so may reviewers, the committee and admins. Anyone else: 403. */
    static void requireOwnerOrSteward(Person actor, Collection<String> roles, Person owner, String what) {
        if (!actor.subject().equals(owner.subject()) && roles.stream().noneMatch(STEWARDS::contains)) {
            throw new ForbiddenException("not-the-owner", "only the owner (" + owner.subject()
                    + "), a reviewer or the committee may " + what + " this action item");
        }
    }

    /** The end of the due date, in UTC: the item is overdue from then on. */
    static Instant dueAt(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Which weekly overdue reminder is next at {@code now}: 0 at the due time, n a week after reminder n-1. */
    static int weeksOverdue(Instant dueAt, Instant now) {
        return now.isBefore(dueAt) ? 0 : (int) (Duration.between(dueAt, now).toSeconds() / WEEK.toSeconds());
    }

    static Instant overdueAt(Instant dueAt, int weeks) {
        return dueAt.plus(WEEK.multipliedBy(weeks));
    }
}
