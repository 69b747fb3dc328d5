package dev.vigil.notification.determinations;

import dev.vigil.contracts.incident.Person;
import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.knownincidents.KnownIncidents;
import dev.vigil.notification.assessment.DeterminationRules;
import dev.vigil.notification.assessment.ObligationCommands.RecordDeterminations;
import dev.vigil.notification.events.Determinations;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Compliance's determinations about an incident ({@code {id}} is its UUID or key):
 * {@code GET/POST /api/incidents/{id}/determinations}. A restricted incident is 404 to whoever may
 * not know it.
 */
@RestController
@RequestMapping("/api/incidents/{id}/determinations")
class DeterminationsController {

    /**
     * A revision: the determinations it makes (those left out stay as they were) and why. No actor,
     * id or time of recording: the server owns those.
     */
    record DeterminationsRequest(Boolean seriousIncident, Boolean causalLinkEstablished,
                                 Instant causalLinkEstablishedAt, Boolean widespreadInfringement,
                                 Boolean seriousIrreversibleCriticalInfrastructureDisruption,
                                 Boolean personalDataBreach, Boolean highRiskToDataSubjects,
                                 Boolean nis2SignificantIncident, Boolean doraMajorIncident, Instant doraClassifiedAt,
                                 Boolean secMaterial, Instant secMaterialityDeterminedAt,
                                 Boolean caCriticalSafetyIncident, Instant caDiscoveredAt, Boolean nySafetyIncident,
                                 Instant nyDeterminedAt, Boolean imminentRiskOfDeathOrSeriousInjury, String reason) {

        Determinations determinations() {
            return new Determinations(seriousIncident, causalLinkEstablished, causalLinkEstablishedAt,
                    widespreadInfringement, seriousIrreversibleCriticalInfrastructureDisruption, personalDataBreach,
                    highRiskToDataSubjects, nis2SignificantIncident, doraMajorIncident, doraClassifiedAt, secMaterial,
                    secMaterialityDeterminedAt, caCriticalSafetyIncident, caDiscoveredAt, nySafetyIncident,
                    nyDeterminedAt, imminentRiskOfDeathOrSeriousInjury);
        }
    }

    private final CommandGateway commands;
    private final DeterminationViews views;
    private final KnownIncidents incidents;
    private final Clock clock;

    DeterminationsController(CommandGateway commands, DeterminationViews views, KnownIncidents incidents, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.incidents = incidents;
        this.clock = clock;
    }

    @GetMapping
    DeterminationView get(@PathVariable String id) {
        return views.of(incident(id).id());
    }

    @PostMapping
    ResponseEntity<DeterminationView> record(@PathVariable String id, @RequestBody DeterminationsRequest body) {
        KnownIncident incident = incident(id);
        Determinations asked = body.determinations();
        InputRules rules = new InputRules().text("reason", body.reason(), true, InputRules.TEXT_MAX);
        if (DeterminationRules.named(asked).isEmpty()) {
            rules.violation("determinations", "required", "name at least one determination, e.g. seriousIncident");
        }
        Instant now = clock.instant();
        Map.of("causalLinkEstablishedAt", optional(body.causalLinkEstablishedAt()),
                "doraClassifiedAt", optional(body.doraClassifiedAt()),
                "secMaterialityDeterminedAt", optional(body.secMaterialityDeterminedAt()),
                "caDiscoveredAt", optional(body.caDiscoveredAt()),
                "nyDeterminedAt", optional(body.nyDeterminedAt())).forEach((field, at) -> {
                    if (at.isAfter(now)) {
                        rules.violation(field, "not-in-future", field + " cannot be later than now (" + now + ")");
                    }
                });
        rules.check();
        Actor actor = CurrentActor.require();
        commands.sendAndWait(new RecordDeterminations(incident.id(), asked, body.reason(),
                new Person(actor.subject(), actor.displayName())));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                .body(views.of(incident.id()));
    }

    private static Instant optional(Instant at) {
        return at == null ? Instant.MIN : at;
    }

    private KnownIncident incident(String idOrKey) {
        return incidents.find(CurrentActor.require(), idOrKey).orElseThrow(() -> new NotFoundException("Incident", idOrKey));
    }
}
