package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.reopened}; the reason the worker gave stays in family-service. */
public record FamilyReopened(UUID familyId, Instant reopenedAt) {
}
