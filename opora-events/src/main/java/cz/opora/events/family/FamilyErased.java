package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.erased}: every service deletes what it holds about the family. */
public record FamilyErased(UUID familyId, Instant erasedAt) {
}
