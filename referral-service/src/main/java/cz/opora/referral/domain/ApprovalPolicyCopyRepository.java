package cz.opora.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class ApprovalPolicyCopyRepository implements PanacheRepositoryBase<ApprovalPolicyCopy, ApprovalPolicyCopy.Key> {

    /** Whether the organization's statutory referrals wait for a supervisor's approval. */
    public boolean statutoryReferralNeedsApproval(String organization) {
        return findByIdOptional(new ApprovalPolicyCopy.Key(organization, ApprovalPolicyCopy.STATUTORY_REFERRAL)).isPresent();
    }

    /** Applies a policy event: set (a role) or removed (null). */
    public void apply(String organization, String action, String approverRole, Instant at) {
        ApprovalPolicyCopy.Key key = new ApprovalPolicyCopy.Key(organization, action);
        ApprovalPolicyCopy copy = findById(key);
        if (approverRole == null) {
            if (copy != null) {
                delete(copy);
            }
            return;
        }
        if (copy == null) {
            copy = new ApprovalPolicyCopy();
            copy.key = key;
            copy.approverRole = approverRole;
            copy.updatedAt = at;
            persist(copy);
        } else {
            copy.approverRole = approverRole;
            copy.updatedAt = at;
        }
    }
}
