package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.member-removed}. */
public record FamilyMemberRemoved(UUID familyId, UUID memberId, Instant removedAt) {
}
