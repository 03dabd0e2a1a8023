package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.member-added}. Contact details stay in family-service. */
public record FamilyMemberAdded(UUID familyId, FamilyRegistered.Member member, Instant addedAt) {
}
