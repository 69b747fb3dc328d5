package dev.vigil.incident.model;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key counters per series and year in PostgreSQL. The upsert takes a row lock that concurrent
 * declarations wait on, and it joins the command's transaction: a declaration that is refused or
 * rolled back gives its number back, so keys have no gaps and no duplicates.
 */
@Component
class JdbcIncidentKeys implements IncidentKeys {

    private final JdbcClient jdbc;

    JdbcIncidentKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Series series, int year) {
        long number = jdbc.sql("""
                        insert into incident_key_counter (series, year, last_number) values (:series, :year, 1)
                        on conflict (series, year) do update set last_number = incident_key_counter.last_number + 1
                        returning last_number""")
                .param("series", series.name())
                .param("year", year)
                .query(Long.class)
                .single();
        return IncidentKeys.format(series, year, number);
    }
}
