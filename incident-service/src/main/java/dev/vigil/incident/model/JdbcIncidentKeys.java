package dev.vigil.incident.model;

import dev.vigil.platform.keys.YearlyKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Incident keys from the {@code incident_key_counter} table, allocated in the declaring transaction. */
@Component
class JdbcIncidentKeys implements IncidentKeys {

    private final YearlyKeys keys;

    JdbcIncidentKeys(JdbcClient jdbc) {
        this.keys = new YearlyKeys(jdbc, "incident_key_counter");
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Series series, int year) {
        return keys.next(series.name(), year);
    }
}
