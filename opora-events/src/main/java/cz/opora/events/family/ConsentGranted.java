package cz.opora.events.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.consent-granted}. For purpose SHARING exactly one of recipientOrganization
 * (an organization's alias) and recipientType (an OrganizationType) is set; otherwise both are null.
 * validUntil is the last valid day (inclusive), or null until withdrawn.
 */
public record ConsentGranted(UUID familyId, UUID consentId, UUID givenByMemberId, String purpose,
                             String recipientOrganization, String recipientType, List<String> scopes,
                             LocalDate validFrom, LocalDate validUntil, Instant grantedAt) {
}
