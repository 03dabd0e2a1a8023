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
 * as contact, the school and class, the goals. PROPOSED, ACTIVE, PAUSED, ENDED with a reason.
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
    @Column(nullable = false)
    public String place;
    @Column(nullable = false)
    public String schedule;
    public String school;
    @Column(name = "school_class")
    public String schoolClass;
    @Column(name = "sas_contact_name", nullable = false)
    public String sasContactName;
    @Column(name = "sas_contact_phone")
    public String sasContactPhone;
    @Column(name = "sas_organization", nullable = false)
    public String sasOrganization;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(60)[]")
    public String[] subjects;
    @Column(nullable = false)
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
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
