package cz.opora.family.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Require approval of an action by a worker with this role (org-admin, case-manager, ospod-worker...). */
@Schema(name = "ApprovalPolicyInput")
public record ApprovalPolicyInput(@NotBlank @Size(max = 64) String approverRole) {
}
