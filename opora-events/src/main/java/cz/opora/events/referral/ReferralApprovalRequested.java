package cz.opora.events.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.referral.approval-requested}: a worker ({@code requestedBy}, Keycloak subject) of
 * {@code organization} sent referral {@code referralId} about family {@code familyId} on a statutory basis, and the
 * organization requires a supervisor's approval of it (action STATUTORY_REFERRAL): it waits, unseen by the recipient.
 * No personal data: ids, the organization and the time only.
 */
public record ReferralApprovalRequested(UUID referralId, UUID familyId, String organization, String requestedBy,
                                        String action, Instant occurredAt) {
}
