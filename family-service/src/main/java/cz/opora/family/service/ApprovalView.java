package cz.opora.family.service;

import cz.opora.family.domain.ApprovalAction;
import cz.opora.family.domain.ApprovalRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A request for a supervisor's approval, as the organization's workers see it. */
@Schema(name = "Approval")
public record ApprovalView(UUID id, ApprovalAction action, UUID familyId, ApprovalRequest.Status status,
                           @Schema(description = "The role an approver must have") String approverRole,
                           @Schema(description = "What the action does once approved (a closure: reason, summary)")
                           Map<String, String> payload,
                           String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                           @Schema(description = "Why it was returned") String returnReason,
                           @Schema(description = "The version, as in the ETag (If-Match of a decision)") long version) {
    static ApprovalView of(ApprovalRequest r) {
        return new ApprovalView(r.id, r.action, r.familyId, r.status, r.approverRole, Map.copyOf(r.payload), r.requestedBy,
                r.requestedAt, r.decidedBy, r.decidedAt, r.returnReason, r.version);
    }
}
