package cz.opora.events.approval;

import java.time.Instant;

/**
 * Data of {@code cz.opora.family.approval-policy-set}: the organization now requires (or, with {@code approverRole}
 * null, no longer requires) the approval of {@code action} (CASE_CLOSURE, ERASURE, IPOD_PLAN, STATUTORY_REFERRAL) by
 * a worker with {@code approverRole}. Keyed by the organization; {@code updatedBy} is the org-admin's Keycloak subject.
 */
public record ApprovalPolicySet(String organization, String action, String approverRole, String updatedBy,
                                Instant occurredAt) {
}
