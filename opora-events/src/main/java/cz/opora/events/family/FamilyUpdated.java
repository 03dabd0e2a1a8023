package cz.opora.events.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.updated}: the family's record changed. A snapshot of the same fields as
 * {@link FamilyRegistered}, so that a consumer's projection can be rebuilt from the latest event alone.
 */
public record FamilyUpdated(
        UUID familyId,
        String owningOrganization,
        String name,
        String municipality,
        String status,
        List<FamilyRegistered.Member> members,
        Instant updatedAt) {
}
