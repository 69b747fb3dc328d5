package dev.vigil.notification.obligations;

import java.time.Instant;
import java.util.function.Function;

/** The moments a clock can start from, each read from the incident's facts or its determinations. */
public enum Fact {
    AWARE_AT("awareness of the incident", c -> c.incident().awareAt()),
    OCCURRED_AT("occurrence of the incident", c -> c.incident().occurredAt()),
    CAUSAL_LINK_ESTABLISHED_AT("establishment of the causal link", c -> c.determinations().causalLinkEstablishedAt()),
    DORA_CLASSIFIED_AT("classification as a major ICT-related incident", c -> c.determinations().doraClassifiedAt()),
    SEC_MATERIALITY_DETERMINED_AT("determination of materiality", c -> c.determinations().secMaterialityDeterminedAt()),
    CA_DISCOVERED_AT("discovery of the critical safety incident", c -> c.determinations().caDiscoveredAt()),
    NY_DETERMINED_AT("determination of the safety incident", c -> c.determinations().nyDeterminedAt());

    private final String description;
    private final Function<CaseFacts, Instant> reader;

    Fact(String description, Function<CaseFacts, Instant> reader) {
        this.description = description;
        this.reader = reader;
    }

    public String description() {
        return description;
    }

    Instant valueIn(CaseFacts facts) {
        return reader.apply(facts);
    }
}
