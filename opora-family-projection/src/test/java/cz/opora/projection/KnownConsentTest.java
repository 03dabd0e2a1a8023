package cz.opora.projection;

import cz.opora.events.ConsentEndReason;
import cz.opora.events.ConsentPurpose;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent-validity rule every consuming service applies (referrals, conferences, tutoring). */
@Tag("fast")
class KnownConsentTest {
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 31);

    private static KnownConsent consent(ConsentPurpose purpose, LocalDate until) {
        KnownConsent c = new KnownConsent();
        c.purpose = purpose;
        c.validFrom = FROM;
        c.validUntil = until;
        c.recipientOrganization = "nzdm-kotva";
        c.recipientType = null;
        return c;
    }

    @Test
    void aConsentStandsForItsPurposeFromItsFirstToItsLastDay() {
        KnownConsent c = consent(ConsentPurpose.TUTORING, UNTIL);
        assertThat(c.validFor(ConsentPurpose.TUTORING, FROM)).as("first day").isTrue();
        assertThat(c.validFor(ConsentPurpose.TUTORING, UNTIL)).as("last day").isTrue();
        assertThat(c.validFor(ConsentPurpose.TUTORING, FROM.minusDays(1))).as("before it starts").isFalse();
        assertThat(c.validFor(ConsentPurpose.TUTORING, UNTIL.plusDays(1))).as("after it ends").isFalse();
        assertThat(c.validFor(ConsentPurpose.FAMILY_CONFERENCE, FROM)).as("another purpose").isFalse();
        assertThat(consent(ConsentPurpose.TUTORING, null).validFor(ConsentPurpose.TUTORING, FROM.plusYears(5)))
                .as("open-ended").isTrue();
    }

    @Test
    void aWithdrawnOrExpiredConsentAllowsNothing() {
        KnownConsent c = consent(ConsentPurpose.SHARING, UNTIL);
        assertThat(c.allowsSharingWith("nzdm-kotva", "NZDM", FROM)).isTrue();
        c.endedAt = Instant.parse("2026-10-01T08:00:00Z");
        c.endReason = ConsentEndReason.WITHDRAWN;
        assertThat(c.validFor(ConsentPurpose.SHARING, FROM)).isFalse();
        assertThat(c.allowsSharingWith("nzdm-kotva", "NZDM", FROM)).isFalse();
    }

    @Test
    void sharingIsWithTheNamedOrganizationOrAnOrganizationOfTheNamedType() {
        KnownConsent named = consent(ConsentPurpose.SHARING, UNTIL);
        assertThat(named.allowsSharingWith("sas-jih", "SAS", FROM)).as("another organization").isFalse();
        KnownConsent byType = consent(ConsentPurpose.SHARING, UNTIL);
        byType.recipientOrganization = null;
        byType.recipientType = "SAS";
        assertThat(byType.allowsSharingWith("sas-jih", "SAS", FROM)).isTrue();
        assertThat(byType.allowsSharingWith("nzdm-kotva", "NZDM", FROM)).isFalse();
        assertThat(consent(ConsentPurpose.TUTORING, UNTIL).allowsSharingWith("nzdm-kotva", "NZDM", FROM))
                .as("a tutoring consent shares nothing").isFalse();
    }
}
