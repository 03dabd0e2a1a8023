package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.consent-withdrawn}. */
public record ConsentWithdrawn(UUID familyId, UUID consentId, Instant withdrawnAt) {
}
