package dev.vigil.incident.model;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The incidents as the feature slices' command handlers use them: declare one, or let a slice's
 * decision turn an incident's state into the events to record. Called inside a command handler, so
 * the load, the decision and the append are one unit of work.
 */
@Component
public class Incidents {

    /** The aggregate type, as stored with every incident event. */
    public static final String TYPE = "Incident";

    private final Repository<Incident> repository;

    public Incidents(@Qualifier("incidentRepository") Repository<Incident> repository) {
        this.repository = repository;
    }

    /** Records the declaring events of a new incident. */
    public void declare(List<?> declaration) {
        try {
            repository.newInstance(() -> new Incident(declaration));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the incident (refused if it has moved past {@code expectedVersion}, when given) and
     * records what the decision returns for its state; a decision that refuses throws.
     */
    public void decide(UUID incidentId, Long expectedVersion, Function<IncidentState, List<?>> decision) {
        repository.load(incidentId.toString(), expectedVersion).execute(incident -> incident.decide(decision));
    }
}
