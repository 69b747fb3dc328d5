package dev.vigil.notification.obligations;

/** A condition is met, not met, or cannot be decided yet because a fact is unknown. */
public enum Verdict {
    MET, NOT_MET, UNKNOWN;

    static Verdict of(Boolean value) {
        return value == null ? UNKNOWN : value ? MET : NOT_MET;
    }

    /** All must hold: one failure decides, otherwise one unknown leaves it open. */
    static Verdict allOf(Iterable<Verdict> verdicts) {
        Verdict result = MET;
        for (Verdict v : verdicts) {
            if (v == NOT_MET) {
                return NOT_MET;
            }
            if (v == UNKNOWN) {
                result = UNKNOWN;
            }
        }
        return result;
    }

    /** One is enough: one success decides, otherwise one unknown leaves it open. */
    static Verdict anyOf(Iterable<Verdict> verdicts) {
        Verdict result = NOT_MET;
        for (Verdict v : verdicts) {
            if (v == MET) {
                return MET;
            }
            if (v == UNKNOWN) {
                result = UNKNOWN;
            }
        }
        return result;
    }
}
