package dev.vigil.review.actionitems;

import java.util.UUID;

/**
 * Where an action item's changes wait to be pushed to the issue tracker (Jira): persistent scheduled work,
 * written by the command handlers in the transaction that records the change, so that a change is pushed exactly
 * when it was recorded, across restarts. The tracker's side implements it; off, it does nothing.
 */
public interface TrackerOutbox {

    /** Whether a tracker is configured: new items are then tracked. */
    boolean enabled();

    /** The item changed (or was created): push it. */
    void changed(UUID actionItemId);

    /** An admin asked for the item to be pushed again with Vigil's values winning. */
    void resync(UUID actionItemId);
}
