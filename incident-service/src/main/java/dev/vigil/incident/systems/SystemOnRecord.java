package dev.vigil.incident.systems;

import java.util.List;

/**
 * What the inventory says of an incident's AI system. {@code inInventory} false flags an incident
 * naming a system the inventory does not know (accepted, never refused: the incident comes first).
 */
public record SystemOnRecord(String systemId, boolean inInventory, String name, String riskClass, List<String> roles) {

    public SystemOnRecord {
        roles = List.copyOf(roles);
    }
}
