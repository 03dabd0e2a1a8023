package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.anonymised}: a closed family's retention period ended; family-service kept
 * only anonymous figures, and every other service anonymises or deletes its copy.
 */
public record FamilyAnonymised(UUID familyId, Instant anonymisedAt) {
}
