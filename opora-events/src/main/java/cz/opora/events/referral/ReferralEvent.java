package cz.opora.events.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of every {@code cz.opora.referral.*} event: the referral as it stands after the change, without its free
 * text (reason, request, notes stay in referral-service). {@code status} is the state the change led to;
 * {@code reasonCode} says why for a decline ({@code NO_CAPACITY}...) or a suspension ({@code CONSENT_WITHDRAWN},
 * {@code CONSENT_EXPIRED}); {@code outcome} is set on completion. {@code memberIds}: the children referred, empty
 * for the whole family.
 */
public record ReferralEvent(UUID referralId, UUID familyId, String senderOrganization, String senderType,
                            String recipientOrganization, String recipientType, boolean recipientUsesOpora,
                            String urgency, String basis, List<UUID> memberIds, String status, String reasonCode,
                            String outcome, Instant sentAt, Instant dueAt, Instant occurredAt) {
}
