package dev.vigil.notification.profile;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.OrganisationFacts;
import dev.vigil.notification.obligations.Nis2EntityType;
import dev.vigil.notification.obligations.Regime;
import dev.vigil.notification.profile.ProfileCommands.RecordProfile;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The organisation profile: {@code GET/PUT /api/org-profile}. */
@RestController
@RequestMapping("/api/org-profile")
class ProfileController {

    static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** The body of a PUT: the whole profile and why; no actor, id or time (the server owns those). */
    record ProfileRequest(List<OrganisationFacts.Entity> legalEntities, Boolean euAiActHighRiskProvider,
                          Boolean euAiActHighRiskDeployer, Boolean gpaiSystemicRiskProvider, Boolean gdprController,
                          String nis2EntityType, String nis2Sector, Boolean doraFinancialEntity, Boolean secRegistrant,
                          Boolean californiaFrontierDeveloper, Boolean newYorkLargeFrontierDeveloper,
                          List<OrganisationFacts.Authority> authorities, String reason) {

        OrganisationFacts facts() {
            InputRules rules = new InputRules()
                    .text("reason", reason, true, InputRules.TEXT_MAX)
                    .text("nis2Sector", nis2Sector, false, InputRules.LINE_MAX);
            List<OrganisationFacts.Entity> entities = legalEntities == null ? List.of() : legalEntities;
            for (int i = 0; i < entities.size(); i++) {
                OrganisationFacts.Entity e = entities.get(i);
                rules.text("legalEntities[" + i + "].name", e == null ? null : e.name(), true, InputRules.LINE_MAX);
                jurisdiction(rules, "legalEntities[" + i + "].establishedIn", e == null ? null : e.establishedIn());
            }
            List<String> types = Arrays.stream(Nis2EntityType.values()).map(Enum::name).toList();
            if (nis2EntityType != null && !types.contains(nis2EntityType)) {
                rules.violation("nis2EntityType", "one-of", "nis2EntityType is one of " + types);
            }
            List<String> regimes = Arrays.stream(Regime.values()).map(Enum::name).toList();
            List<OrganisationFacts.Authority> named = authorities == null ? List.of() : authorities;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < named.size(); i++) {
                String field = "authorities[" + i + "]";
                OrganisationFacts.Authority a = named.get(i);
                if (a == null) {
                    rules.violation(field, "required", "an authority is an object");
                    continue;
                }
                if (a.regime() == null || !regimes.contains(a.regime())) {
                    rules.violation(field + ".regime", "one-of", "regime is one of " + regimes);
                }
                jurisdiction(rules, field + ".jurisdiction", a.jurisdiction());
                rules.text(field + ".name", a.name(), true, InputRules.LINE_MAX);
                if (a.zone() == null || !validZone(a.zone())) {
                    rules.violation(field + ".zone", "time-zone", "zone is an IANA time zone such as Europe/Berlin");
                }
                if (!seen.add(a.regime() + "|" + a.jurisdiction())) {
                    rules.violation(field, "unique", "one authority per regime and jurisdiction: "
                            + a.regime() + " " + a.jurisdiction() + " is named twice");
                }
            }
            rules.check();
            return new OrganisationFacts(
                    entities.stream().map(e -> new OrganisationFacts.Entity(e.name().strip(), e.establishedIn())).toList(),
                    euAiActHighRiskProvider, euAiActHighRiskDeployer, gpaiSystemicRiskProvider, gdprController,
                    nis2EntityType, InputRules.strip(nis2Sector), doraFinancialEntity, secRegistrant,
                    californiaFrontierDeveloper, newYorkLargeFrontierDeveloper,
                    named.stream().map(a -> new OrganisationFacts.Authority(a.regime(), a.jurisdiction(),
                            a.name().strip(), a.zone())).toList());
        }

        private static void jurisdiction(InputRules rules, String field, String value) {
            if (value == null || !JURISDICTION.matcher(value).matches()) {
                rules.violation(field, "pattern", field + " is an ISO 3166 code such as EU, DE or US-CA");
            }
        }

        private static boolean validZone(String zone) {
            try {
                ZoneId.of(zone);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    private final CommandGateway commands;
    private final ProfileViews profiles;

    ProfileController(CommandGateway commands, ProfileViews profiles) {
        this.commands = commands;
        this.profiles = profiles;
    }

    /** The profile now, or as it stood at {@code asOf}. */
    @GetMapping
    ResponseEntity<ProfileView> get(@RequestParam(required = false) Instant asOf) {
        if (asOf != null) {
            return ResponseEntity.ok(profiles.asOf(asOf)
                    .orElseThrow(() -> new NotFoundException("Organisation profile", "as of " + asOf)));
        }
        ProfileView now = profiles.current()
                .orElseThrow(() -> new NotFoundException("Organisation profile", "(none recorded yet)"));
        return ResponseEntity.ok().eTag(ETags.of(now.version())).body(now);
    }

    /** Records a new revision of the whole profile; If-Match (optional) guards against a concurrent one. */
    @PutMapping
    ResponseEntity<ProfileView> put(@RequestBody ProfileRequest request,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OrganisationFacts facts = request.facts();
        Long expected = profiles.current()
                .map(current -> ETags.expectedVersion(ifMatch, current.version(), "the organisation profile"))
                .orElse(null);
        Actor actor = CurrentActor.require();
        commands.sendAndWait(new RecordProfile(OrganisationProfileRecord.ID, expected, facts, request.reason(),
                new Person(actor.subject(), actor.displayName())));
        ProfileView view = profiles.current().orElseThrow();
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
