package cz.opora.conference.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A family group conference (rodinná konference), or a review conference of one. The referrer offers it with the
 * concern, the question for the family and the bottom lines; the family decides; an independent coordinator
 * prepares and runs it; the family writes its plan in private family time; the referrer accepts it or, for the
 * child's safety against a bottom line, rejects it.
 */
@Entity
@Table(name = "family_conference")
public class FamilyConference {
    public enum Kind { INITIAL, REVIEW }

    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "review_of")
    public UUID reviewOf;
    /** The first conference of the series: the family's plan in family-service is keyed by it. */
    @Column(name = "original_conference_id", nullable = false)
    public UUID originalConferenceId;
    @Column(name = "referrer_organization", nullable = false)
    public String referrerOrganization;
    @Column(name = "referrer_type", nullable = false)
    public String referrerType;
    @Column(nullable = false)
    public String referrer;
    @Column(name = "referrer_name", nullable = false)
    public String referrerName;
    @Column(nullable = false)
    public String concern;
    @Column(nullable = false)
    public String question;
    /** What the plan must ensure for the child to be safe: the only grounds on which the referrer may reject it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "bottom_lines", nullable = false)
    public List<String> bottomLines = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FgcStatus status;
    @Column(name = "family_decision_by")
    public UUID familyDecisionBy;
    @Column(name = "family_decided_at")
    public Instant familyDecidedAt;
    /** The family's consent to the conference in family-service's ledger (purpose FAMILY_CONFERENCE). */
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "requested_language")
    public String requestedLanguage;
    @Column(name = "requested_gender")
    public String requestedGender;
    @Column(name = "coordinator_id")
    public UUID coordinatorId;
    @Column(name = "coordinator_organization")
    public String coordinatorOrganization;
    @Column(name = "coordinator_subject")
    public String coordinatorSubject;
    @Column(name = "coordinator_name")
    public String coordinatorName;
    @Column(name = "coordinator_grant_id")
    public UUID coordinatorGrantId;
    @Column(name = "scheduled_for")
    public Instant scheduledFor;
    public String place;
    public String interpreter;
    public String childcare;
    @Column(name = "information_started_at")
    public Instant informationStartedAt;
    @Column(name = "private_time_started_at")
    public Instant privateTimeStartedAt;
    @Column(name = "private_time_ended_at")
    public Instant privateTimeEndedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public Plan plan;
    @Column(name = "plan_presented_at")
    public Instant planPresentedAt;
    @Column(name = "plan_decided_at")
    public Instant planDecidedAt;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    /** Which bottom line (its position) the rejected plan does not meet. */
    @Column(name = "rejected_bottom_line")
    public Integer rejectedBottomLine;
    @Column(name = "no_plan_note")
    public String noPlanNote;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    /** When the case file it was about was erased (the conference stays: the convener's record, or figures only). */
    @Column(name = "family_erased_at")
    public Instant familyErasedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FamilyConferenceInvitee> invitees = new ArrayList<>();

    /** The family's plan: what will happen, who does it, by when, how the family will know it works; and if not. */
    public record Plan(String title, LocalDate reviewDate, List<Item> items, String ifItDoesNotWork) {
    }

    /** {@code whoKind}: MEMBER (a family member, {@code whoMemberId}), FRIEND or SERVICE ({@code whoName}). */
    public record Item(String what, String whoKind, UUID whoMemberId, String whoName, LocalDate byWhen, String howWeKnow) {
    }
}
