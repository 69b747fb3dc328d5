package dev.vigil.policy.inventory;

import dev.vigil.contracts.governance.OrganisationRole;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.policy.events.SystemFacts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/systems} and {@code PUT /api/systems/{id}}: an AI system's facts and
 * why they are recorded. {@code id} is the inventory id incidents name (e.g. support-bot); on PUT it
 * comes from the path, and a body naming another one is refused.
 */
record SystemRequest(String id, String name, String purpose, String ownerSubject, String ownerName, String team,
                     String lifecycle, Set<OrganisationRole> roles, RiskClass riskClass, String annexIIIArea,
                     List<SystemFacts.ModelVersions> models, List<String> jurisdictions, List<String> sectors,
                     String personalData, Boolean criticalInfrastructure, Boolean frontierDeveloper,
                     Boolean largeFrontierDeveloper, String reason) {

    static final Pattern SYSTEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
    static final Set<String> LIFECYCLES = Set.of("PLANNED", "IN_DEVELOPMENT", "DEPLOYED", "SUSPENDED", "RETIRED");
    static final Set<String> PERSONAL_DATA = Set.of("NONE", "CONTROLLER", "PROCESSOR");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** The facts, once every input rule holds (400 naming each broken one otherwise). */
    SystemFacts facts() {
        InputRules rules = new InputRules()
                .text("name", name, true, InputRules.LINE_MAX)
                .text("purpose", purpose, true, InputRules.TEXT_MAX)
                .text("ownerSubject", ownerSubject, true, InputRules.LINE_MAX)
                .text("ownerName", ownerName, false, InputRules.LINE_MAX)
                .text("team", team, false, InputRules.LINE_MAX)
                .required("lifecycle", lifecycle, "one of " + LIFECYCLES)
                .required("roles", roles, "the organisation's role(s): " + List.of(OrganisationRole.values()))
                .required("riskClass", riskClass, "one of " + List.of(RiskClass.values()))
                .text("annexIIIArea", annexIIIArea, riskClass == RiskClass.HIGH_RISK, InputRules.LINE_MAX)
                .text("reason", reason, true, InputRules.TEXT_MAX);
        if (lifecycle != null && !LIFECYCLES.contains(lifecycle)) {
            rules.violation("lifecycle", "one-of", "lifecycle is one of " + LIFECYCLES);
        }
        if (roles != null && roles.isEmpty()) {
            rules.violation("roles", "required", "name at least one role of the organisation for this system");
        }
        if (personalData != null && !PERSONAL_DATA.contains(personalData)) {
            rules.violation("personalData", "one-of", "personalData is one of " + PERSONAL_DATA);
        }
        List<String> places = jurisdictions == null ? List.of() : jurisdictions;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            String j = places.get(i);
            if (j == null || !JURISDICTION.matcher(j).matches()) {
                rules.violation("jurisdictions[" + i + "]", "pattern", "a jurisdiction is an ISO 3166 code such as EU, DE or US-CA");
            } else if (!seen.add(j)) {
                rules.violation("jurisdictions[" + i + "]", "unique", j + " is listed twice");
            }
        }
        List<SystemFacts.ModelVersions> modelList = models == null ? List.of() : models;
        for (int i = 0; i < modelList.size(); i++) {
            rules.text("models[" + i + "].model", modelList.get(i) == null ? null : modelList.get(i).model(), true,
                    InputRules.LINE_MAX);
        }
        rules.check();
        return new SystemFacts(name.strip(), purpose.strip(),
                new Person(ownerSubject.strip(), ownerName == null || ownerName.isBlank() ? ownerSubject.strip() : ownerName.strip()),
                InputRules.strip(team), lifecycle, roles, riskClass, InputRules.strip(annexIIIArea),
                modelList.stream().map(m -> new SystemFacts.ModelVersions(m.model().strip(),
                        m.versions() == null ? List.of() : m.versions())).toList(),
                places, sectors == null ? List.of() : sectors, personalData == null ? "NONE" : personalData,
                Boolean.TRUE.equals(criticalInfrastructure), Boolean.TRUE.equals(frontierDeveloper),
                Boolean.TRUE.equals(largeFrontierDeveloper));
    }

    String checkedId() {
        new InputRules().text("id", id, true, 100).check();
        if (!SYSTEM_ID.matcher(id.strip()).matches()) {
            new InputRules().violation("id", "pattern", "an inventory id: letters, digits and . _ : / - only").check();
        }
        return id.strip();
    }
}
