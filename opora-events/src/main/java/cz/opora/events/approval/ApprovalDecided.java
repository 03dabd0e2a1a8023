package cz.opora.events.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.approval-decided}: an approver of {@code organization} decided approval
 * {@code approvalId} of {@code action} on the record {@code refType}/{@code refId} (a referral) of family
 * {@code familyId}: {@code decision} APPROVED or RETURNED, by {@code decidedBy} (Keycloak subject). The return's
 * reason is free text an approver may fill with the family's details: it stays in family-service (the approval), the
 * event never carries it.
 */
public record ApprovalDecided(UUID approvalId, String action, String refType, UUID refId, UUID familyId,
                              String organization, String decision, String decidedBy, Instant occurredAt) {
}
