package dev.vigil.notification.messages;

/** What one attempt came to. */
record Outcome(boolean delivered, Integer responseCode, String error, boolean retryable) {

    static Outcome delivered(Integer responseCode) {
        return new Outcome(true, responseCode, null, false);
    }

    static Outcome failed(Integer responseCode, String error) {
        return new Outcome(false, responseCode, error, true);
    }

    static Outcome refused(String error) {
        return new Outcome(false, null, error, false);
    }
}
