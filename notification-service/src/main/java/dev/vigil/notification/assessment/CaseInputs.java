package dev.vigil.notification.assessment;

import dev.vigil.notification.obligations.AiSystemFacts;
import dev.vigil.notification.obligations.IncidentFacts;
import dev.vigil.notification.obligations.OrganisationProfile;

import java.util.List;
import java.util.UUID;

/**
 * What the obligations of an incident are computed from, besides compliance's determinations (which
 * the incident's aggregate keeps): the organisation profile and notification-service's own
 * projections of the incident's and its system's facts. Read inside the command that recomputes, so
 * a recomputation always sees the facts as they are when it runs.
 */
public interface CaseInputs {

    Inputs of(UUID incidentId);

    /** Every incident whose facts notification-service follows. */
    List<UUID> incidents();

    /** The incidents on one AI system. */
    List<UUID> incidentsOnSystem(String systemId);

    record Inputs(OrganisationProfile profile, AiSystemFacts system, IncidentFacts incident) {
    }
}
