package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.consent-expired}: published the day after the last valid day. */
public record ConsentExpired(UUID familyId, UUID consentId, Instant expiredAt) {
}
