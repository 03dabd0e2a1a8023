package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An organization requires its supervisors' approval for an action (no row: no approval required). */
@Entity
@Table(name = "approval_policy")
public class ApprovalPolicy {
    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String organization;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ApprovalAction action;

        public Key() {
        }

        public Key(String organization, ApprovalAction action) {
            this.organization = organization;
            this.action = action;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organization, k.organization) && action == k.action;
        }

        @Override
        public int hashCode() {
            return Objects.hash(organization, action);
        }
    }

    @EmbeddedId
    public Key key;
    /** The realm role an approver must have (org-admin, case-manager, ...). */
    @Column(name = "approver_role", nullable = false)
    public String approverRole;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
