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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A case conference (případová konference): convened by an organization (usually OSPOD) about a family, with
 * workers, people without accounts and family members; minutes in structure, agreed tasks followed up at the next
 * meeting. PLANNED, HELD, FOLLOW_UP, CLOSED, or CANCELLED with a reason.
 */
@Entity
@Table(name = "case_conference")
public class CaseConference {
    public enum Status { PLANNED, HELD, FOLLOW_UP, CLOSED, CANCELLED }

    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    /** The convening organization. */
    @Column(nullable = false)
    public String organization;
    @Column(name = "organization_type", nullable = false)
    public String organizationType;
    @Column(nullable = false)
    public String convener;
    @Column(name = "convener_name", nullable = false)
    public String convenerName;
    @Column(nullable = false)
    public String purpose;
    @Column(name = "scheduled_for", nullable = false)
    public Instant scheduledFor;
    @Column(nullable = false)
    public String place;
    /**
     * OSPOD only: the legal basis on which OSPOD convenes it. It lets OSPOD see the family, not the participants it
     * invites: each of them sees the family only within the family's consent.
     */
    @Column(name = "statutory_reference")
    public String statutoryReference;
    /** The children the conference is about; participants of other organizations see only them. Empty: the family. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "child_ids", nullable = false, columnDefinition = "uuid[]")
    public java.util.UUID[] childIds = new java.util.UUID[0];
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "cancel_reason")
    public String cancelReason;
    public String situation;
    public String decisions;
    /** The child's view, recorded even when the child is absent. */
    @Column(name = "child_view")
    public String childView;
    @Column(name = "child_present")
    public Boolean childPresent;
    @Column(name = "next_meeting_at")
    public Instant nextMeetingAt;
    @Column(name = "held_at")
    public Instant heldAt;
    @Column(name = "closed_at")
    public Instant closedAt;
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
    public List<CaseConferenceParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CaseConferenceTask> tasks = new ArrayList<>();
}
