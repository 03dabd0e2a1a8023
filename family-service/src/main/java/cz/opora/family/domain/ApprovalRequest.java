package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A worker asked for an action that needs a supervisor's approval; the action happens only once approved. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {
    public enum Status { PENDING, APPROVED, RETURNED }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalAction action;
    /** The case file; null for a statutory referral of a family whose file is another organization's. */
    @Column(name = "family_id")
    public UUID familyId;
    /** The record in another service the action is about (a statutory referral's id); null for a case file's own. */
    @Column(name = "ref_id")
    public UUID refId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "approver_role", nullable = false)
    public String approverRole;
    /** What the action does once approved (a closure: its reason and summary). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public java.util.Map<String, String> payload = new java.util.LinkedHashMap<>();
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "return_reason")
    public String returnReason;
    @Version
    public long version;
}
