package cz.opora.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An organization requires approval of an action (family-service's policy, copied from its events; no row: none). */
@Entity
@Table(name = "approval_policy_copy")
public class ApprovalPolicyCopy {
    /** The action referral-service enforces. */
    public static final String STATUTORY_REFERRAL = "STATUTORY_REFERRAL";

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String organization;
        @Column(nullable = false)
        public String action;

        public Key() {
        }

        public Key(String organization, String action) {
            this.organization = organization;
            this.action = action;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organization, k.organization) && Objects.equals(action, k.action);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organization, action);
        }
    }

    @EmbeddedId
    public Key key;
    @Column(name = "approver_role", nullable = false)
    public String approverRole;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
