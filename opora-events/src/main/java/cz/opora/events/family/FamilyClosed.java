package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.closed}: the reason category only; the summary stays in family-service. */
public record FamilyClosed(UUID familyId, String reason, Instant closedAt) {
}
