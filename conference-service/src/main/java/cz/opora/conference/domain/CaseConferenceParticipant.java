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
 * A participant: a WORKER of an Opora organization, an EXTERNAL person without an account (a teacher, a doctor, a
 * police officer), or a FAMILY_MEMBER. A worker of another organization than the convener's gets access to the
 * family for the conference's purpose and duration once its invitation is accepted, within the family's consent that
 * covers its organization (never on OSPOD's statutory basis: that lets OSPOD see, not everyone OSPOD invites).
 */
@Entity(name = "CaseConferenceParticipant")
@Table(name = "case_conference_participant")
public class CaseConferenceParticipant {
    public enum Kind { WORKER, EXTERNAL, FAMILY_MEMBER }

    public enum Invitation { INVITED, ACCEPTED, DECLINED, ATTENDED, ABSENT }

    /**
     * OWN: the convener's organization or the family's owner; AWAITING_ACCEPTANCE: a consent covers its organization,
     * access starts when the invitation is accepted; GRANTED: sees the family through family-service; NONE: no consent
     * covers its organization; ENDED: access ended (declined, or the conference closed or was cancelled).
     */
    public enum Access { OWN, AWAITING_ACCEPTANCE, GRANTED, NONE, ENDED, NOT_APPLICABLE }

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    public CaseConference conference;
    @Column(nullable = false)
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "user_subject")
    public String userSubject;
    public String organization;
    @Column(name = "organization_type")
    public String organizationType;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(nullable = false)
    public String name;
    public String institution;
    public String role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Invitation invitation;
    /** The participant's view, in the minutes. */
    public String view;
    @Column(name = "grant_id")
    public UUID grantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Access access;
}
