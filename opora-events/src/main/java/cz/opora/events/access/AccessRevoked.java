package cz.opora.events.access;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.access.revoked}: the grant's reason ended. */
public record AccessRevoked(UUID grantId, UUID familyId, Instant revokedAt) {
}
