package cz.opora.family.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Require approval of an action by a worker with a role, or (no role) no approval any more. */
@Schema(name = "ApprovalPolicyInput")
public record ApprovalPolicyInput(
        @Schema(description = "The action: CASE_CLOSURE, ERASURE (approver org-admin only), IPOD_PLAN or STATUTORY_REFERRAL "
                + "(referral-service holds such a referral until approved)") @NotBlank String action,
        @Schema(description = "The role an approver must have (org-admin, case-manager, ospod-worker...); null: no "
                + "approval required") @Size(max = 64) String approverRole) {
}
