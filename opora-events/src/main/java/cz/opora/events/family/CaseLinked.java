package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.case-linked}: two organizations' case files of one household were linked, by the
 * organization that opened its file from a referral (then {@code referralId}) or linked it later. A link shares
 * nothing by itself; what each side sees of the other is still what its grants and the family's consents allow.
 */
public record CaseLinked(UUID linkId, UUID familyId, String organization, UUID linkedFamilyId, String linkedOrganization,
                         UUID referralId, Instant linkedAt) {
}
