package dev.vigil.notification.obligations;

/** Everything known about one incident, as the rules read it. Nulls become "unknown" here, once. */
record CaseFacts(OrganisationProfile profile, AiSystemFacts system, IncidentFacts incident,
                 ComplianceDeterminations determinations) {

    CaseFacts {
        profile = profile == null ? OrganisationProfile.unknown() : profile;
        system = system == null ? AiSystemFacts.unknown() : system;
        incident = incident == null ? new IncidentFacts(null, null, null, null, null, null, null, null, null) : incident;
        determinations = determinations == null ? ComplianceDeterminations.none() : determinations;
    }
}
