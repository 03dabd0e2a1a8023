package cz.opora.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Someone the coordinator invites, one by one: a family member, someone from the family's network (a friend, a
 * neighbour), or a professional who shares information in the first phase. Exclusion (for safety) needs a reason
 * and can be appealed.
 */
@Entity(name = "FamilyConferenceInvitee")
@Table(name = "family_conference_invitee")
public class FamilyConferenceInvitee {
    public enum Kind { FAMILY_MEMBER, NETWORK, PROFESSIONAL }

    public enum Status { INVITED, AGREED, DECLINED, EXCLUDED }

    public enum AppealOutcome { PENDING, UPHELD, OVERTURNED }

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    public FamilyConference conference;
    @Column(nullable = false)
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(nullable = false)
    public String name;
    public String relation;
    public String organization;
    @Column(name = "organization_type")
    public String organizationType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "exclusion_reason")
    public String exclusionReason;
    public String appeal;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;
    /** A professional's information and concerns, recorded in the information-sharing phase. */
    public String information;
    public String concerns;
    @Column(name = "grant_id")
    public UUID grantId;
}
