package cz.opora.events.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cz.opora.access.granted}: organization {@code organization} may see the family because of
 * {@code reason} ({@code reasonId}: the referral or conference), on a {@code basis}: the family's consent
 * {@code consentId} (family-service checks at every read that it is still valid for this organization, and shows
 * only the scopes both the grant and the consent allow) or the law ({@code statutoryReference}, OSPOD only).
 * {@code memberIds} narrows the grant to some children; empty means the whole family. {@code grantor} is the
 * organization that gave the access (the referral's sender, the conference's convener): when it is not the family's
 * owner, the grant never shows more than the grantor itself may see at the moment of the read (onward sharing).
 */
public record AccessGranted(UUID grantId, UUID familyId, String organization, String organizationType, String reason,
                            UUID reasonId, String basis, UUID consentId, String statutoryReference, List<String> scopes,
                            List<UUID> memberIds, Instant validUntil, Instant grantedAt, String grantor) {
}
