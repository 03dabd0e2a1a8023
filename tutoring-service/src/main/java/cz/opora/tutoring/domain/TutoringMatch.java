package cz.opora.tutoring.domain;

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
import java.util.UUID;

/**
 * A tutor and a child, with the family's consent to tutoring: where (the family's home), when, the child's SAS worker
 * as contact, the school and class, the goals. PROPOSED, ACTIVE, PAUSED, ENDED with a reason. When the consent ends
 * ({@link #consentEndedAt}), what identifies or locates the child is dropped ({@link #dropIdentifying}).
 */
@Entity
@Table(name = "tutoring_match")
public class TutoringMatch {
    public enum Status { PROPOSED, ACTIVE, PAUSED, ENDED }

    public enum EndReason { GOALS_MET, CHILD_LEFT_PROGRAMME, TUTOR_LEFT, FAMILY_ENDED, CONSENT_WITHDRAWN, CONSENT_EXPIRED, OTHER }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Column(name = "tutor_id", nullable = false)
    public UUID tutorId;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(name = "child_id", nullable = false)
    public UUID childId;
    @Column(name = "consent_id", nullable = false)
    public UUID consentId;
    /** Null once the consent ended. */
    public String place;
    @Column(nullable = false)
    public String schedule;
    public String school;
    @Column(name = "school_class")
    public String schoolClass;
    @Column(name = "sas_contact_name")
    public String sasContactName;
    @Column(name = "sas_contact_phone")
    public String sasContactPhone;
    @Column(name = "sas_organization", nullable = false)
    public String sasOrganization;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(60)[]")
    public String[] subjects;
    public String goals;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;
    @Column(name = "end_note")
    public String endNote;
    /** Missed sessions in a row since the last one held; the absence alert goes out when it reaches the threshold. */
    @Column(name = "consecutive_missed", nullable = false)
    public int consecutiveMissed;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    /** When the family's consent to tutoring ended (withdrawn or expired); null while it stands. */
    @Column(name = "consent_ended_at")
    public Instant consentEndedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** When the case file the match was about was erased by its owner (the match stays, detached). */
    @Column(name = "family_erased_at")
    public Instant familyErasedAt;

    /**
     * Counts a session, held or missed: a held one starts the count again. Returns true for the miss that reaches
     * {@code alertAfter} in a row, once per run (the absence alert), never for a held session.
     */
    public boolean countSession(boolean held, int alertAfter) {
        consecutiveMissed = held ? 0 : consecutiveMissed + 1;
        return !held && consecutiveMissed == alertAfter;
    }

    /**
     * Whether a reader sees what identifies or locates the child (name, age, place, school and class, the SAS contact,
     * goals, notes, the teacher's words): never once the consent ended; a tutor only while the match has not ended; the
     * programme's staff also after an ordinary end, as the programme's own record while the consent lasts.
     */
    public boolean showsChildTo(boolean programmeStaff) {
        return consentEndedAt == null && (status != Status.ENDED || programmeStaff);
    }

    /**
     * The consent ended: the match keeps the programme's record (tutor, dates, schedule, subjects, hours, the outcome)
     * and drops what identifies or locates the child. The programme has no use for them any more: an ENDED match never
     * resumes, a new consent makes a new match with its own details, and the family's own organization keeps the
     * child's file (family-service).
     */
    public void dropIdentifying(Instant at) {
        consentEndedAt = at;
        place = null;
        school = null;
        schoolClass = null;
        sasContactName = null;
        sasContactPhone = null;
        goals = null;
        endNote = null;
        updatedAt = at;
    }
}
