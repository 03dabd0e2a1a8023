package cz.opora.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A referral of a family, or some of its children, from one organization (the sender) to another (the recipient).
 * Its lifecycle is {@link ReferralStatus}; who may move it is {@link ReferralRules}.
 */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    /** The children referred; empty: the whole family. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] memberIds = new UUID[0];
    @Column(name = "sender_organization", nullable = false)
    public String senderOrganization;
    @Column(name = "sender_type", nullable = false)
    public String senderType;
    /** The worker who created it (token subject) and the name shown to the recipient. */
    @Column(name = "sender_worker", nullable = false)
    public String senderWorker;
    @Column(name = "sender_worker_name", nullable = false)
    public String senderWorkerName;
    @Column(name = "recipient_organization", nullable = false)
    public String recipientOrganization;
    @Column(name = "recipient_type", nullable = false)
    public String recipientType;
    /** False for an organization outside Opora: the sender records its answers, and nobody is granted access. */
    @Column(name = "recipient_uses_opora", nullable = false)
    public boolean recipientUsesOpora;
    @Column(nullable = false)
    public String reason;
    @Column(nullable = false)
    public String request;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basis basis;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "statutory_reference")
    public String statutoryReference;
    /** Comma-separated DataScope names the recipient may see once it accepts. */
    @Column(nullable = false)
    public String scopes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;
    /** The state a suspended referral returns to when the sender resumes it on a new consent. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public ReferralStatus suspendedFrom;
    /** Why it was declined (a DeclineReason) or suspended (a SuspensionReason). */
    @Column(name = "status_reason_code")
    public String statusReasonCode;
    /** The words of the decline, the withdrawal or the suspension. */
    @Column(name = "status_note")
    public String statusNote;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "outcome_report")
    public String outcomeReport;
    @Column(name = "recipient_worker_name")
    public String recipientWorkerName;
    /** The access grant published on acceptance, while it lasts. */
    /** The supervisor's approval the referral waits for, or was last returned by (family-service). */
    @Column(name = "approval_id")
    public UUID approvalId;
    @Column(name = "grant_id")
    public UUID grantId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "due_at")
    public Instant dueAt;
    /** Accepted or declined. */
    @Column(name = "answered_at")
    public Instant answeredAt;
    /** When the overdue job found it unanswered after its deadline. */
    @Column(name = "overdue_at")
    public Instant overdueAt;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    /** Withdrawn or closed. */
    @Column(name = "ended_at")
    public Instant endedAt;
    /** When the case file the referral was about was erased by its owner (the referral stays, detached). */
    @Column(name = "family_erased_at")
    public Instant familyErasedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public List<UUID> members() {
        return Arrays.asList(memberIds);
    }

    public List<String> scopeList() {
        return scopes.isEmpty() ? List.of() : List.of(scopes.split(","));
    }

    /**
     * Whether the recipient may see who the family is: from acceptance while it works with the family. Once the work
     * ended (completed, closed, withdrawn, suspended) it keeps its own record of the referral (dates, outcome, its
     * report) and the children's ages, nothing that identifies them.
     */
    public boolean recipientSeesFamily() {
        return acceptedAt != null && status.active();
    }

    public boolean overdue(Instant now) {
        return status == ReferralStatus.SENT && dueAt != null && now.isAfter(dueAt);
    }
}
