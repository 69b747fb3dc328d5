package dev.vigil.platform.security;

import dev.vigil.platform.problem.ForbiddenException;

/**
 * The person who asked for something may not be the one who approves it: an exception's
 * requester does not approve the exception, a review's author does not sign it off. Plain code,
 * for aggregates to call before they record an approval.
 */
public final class SeparationOfDuties {

    private SeparationOfDuties() {
    }

    /**
     * @param what      what is being approved, for the message ("policy exception")
     * @param requester subject of who requested it
     * @param approver  subject of who is approving
     * @throws SeparationOfDutiesViolation when both are the same person
     */
    public static void requireDifferent(String what, String requester, String approver) {
        if (requester != null && requester.equals(approver)) {
            throw new SeparationOfDutiesViolation(what, approver);
        }
    }

    /** Someone tried to approve what they requested themselves: answered 403, nothing recorded. */
    public static final class SeparationOfDutiesViolation extends ForbiddenException {
        public static final String TYPE = "separation-of-duties";

        public SeparationOfDutiesViolation(String what, String person) {
            super(TYPE, person + " requested this " + what + " and so may not approve it: separation of duties");
        }
    }
}
