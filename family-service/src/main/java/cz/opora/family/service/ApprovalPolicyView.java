package cz.opora.family.service;

import cz.opora.family.domain.ApprovalAction;
import cz.opora.family.domain.ApprovalPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An action of the organization that needs a supervisor's approval, and the approver's role. */
@Schema(name = "ApprovalPolicy")
public record ApprovalPolicyView(ApprovalAction action, String approverRole, String updatedBy, Instant updatedAt,
                                 @Schema(description = "The version, as in the ETag (If-Match of a change)") long version) {
    static ApprovalPolicyView of(ApprovalPolicy p) {
        return new ApprovalPolicyView(p.key.action, p.approverRole, p.updatedBy, p.updatedAt, p.version);
    }
}
