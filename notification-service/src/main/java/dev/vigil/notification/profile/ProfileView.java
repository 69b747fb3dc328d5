package dev.vigil.notification.profile;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.OrganisationFacts;
import dev.vigil.notification.events.ProfileRecorded;
import dev.vigil.notification.obligations.CompetentAuthority;
import dev.vigil.notification.obligations.LegalEntity;
import dev.vigil.notification.obligations.Nis2EntityType;
import dev.vigil.notification.obligations.OrganisationProfile;
import dev.vigil.notification.obligations.Regime;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The organisation profile as it stands after a revision: its facts, who recorded them, when and why.
 *
 * @param version sequence number of the profile's last event: the ETag
 */
public record ProfileView(int revision, OrganisationFacts profile, String reason, Person recordedBy,
                          Instant recordedAt, long version) {

    static ProfileView apply(ProfileView view, Object event, long sequence) {
        return event instanceof ProfileRecorded e
                ? new ProfileView(e.revision(), e.profile(), e.reason(), e.recordedBy(), e.recordedAt(), sequence)
                : view;
    }

    /** The profile as the obligations engine reads it. */
    public OrganisationProfile engineProfile() {
        OrganisationFacts f = profile;
        return new OrganisationProfile(
                f.legalEntities().stream().map(e -> new LegalEntity(e.name(), e.establishedIn())).toList(),
                f.euAiActHighRiskProvider(), f.euAiActHighRiskDeployer(), f.gpaiSystemicRiskProvider(), f.gdprController(),
                f.nis2EntityType() == null ? null : Nis2EntityType.valueOf(f.nis2EntityType()), f.nis2Sector(),
                f.doraFinancialEntity(), f.secRegistrant(), f.californiaFrontierDeveloper(),
                f.newYorkLargeFrontierDeveloper(),
                f.authorities().stream().map(a -> new CompetentAuthority(Regime.valueOf(a.regime()), a.jurisdiction(),
                        a.name(), ZoneId.of(a.zone()))).toList());
    }
}
