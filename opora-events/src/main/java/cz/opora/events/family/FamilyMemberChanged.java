package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.member-changed}: the member as it is now. */
public record FamilyMemberChanged(UUID familyId, FamilyRegistered.Member member, Instant changedAt) {
}
