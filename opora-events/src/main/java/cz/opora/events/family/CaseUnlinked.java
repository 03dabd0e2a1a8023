package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.case-unlinked}: the link between two case files was cut, by one of the two
 * organizations ({@code reason} UNLINKED) or because one file was erased ({@code reason} ERASED).
 */
public record CaseUnlinked(UUID linkId, UUID familyId, UUID linkedFamilyId, String reason, Instant unlinkedAt) {
}
