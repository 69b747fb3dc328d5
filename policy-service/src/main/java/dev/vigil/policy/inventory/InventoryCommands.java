package dev.vigil.policy.inventory;

import dev.vigil.policy.events.SystemFacts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** What can be asked of the inventory. */
final class InventoryCommands {

    private InventoryCommands() {
    }

    record RegisterSystem(@TargetAggregateIdentifier String systemId, SystemFacts facts, String reason) {
    }

    record ChangeSystem(@TargetAggregateIdentifier String systemId, @TargetAggregateVersion Long expectedVersion,
                        SystemFacts facts, String reason) {
    }
}
