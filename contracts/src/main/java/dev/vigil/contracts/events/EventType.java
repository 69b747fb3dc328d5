package dev.vigil.contracts.events;

/**
 * One published event type: the bounded context that owns it, its name and its version make its
 * CloudEvents type, e.g. {@code vigil.incident.IncidentDeclared.v1}. A published shape is a promise:
 * a change that would break a reader is a new version, published beside the old one.
 */
public record EventType(String context, String name, int version, Class<? extends VigilEvent> javaType) {

    public EventType {
        if (!context.matches("[a-z]+") || !name.matches("[A-Z][A-Za-z0-9]*") || version < 1) {
            throw new IllegalArgumentException("not a valid event type: " + context + "/" + name + "/v" + version);
        }
    }

    /** The CloudEvents {@code type} attribute. */
    public String ceType() {
        return "vigil." + context + "." + name + ".v" + version;
    }
}
