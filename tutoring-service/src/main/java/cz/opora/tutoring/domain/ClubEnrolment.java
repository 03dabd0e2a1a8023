package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child in a preschool club: ENROLLED, WAITING (the club is full; first come, first served) or LEFT; and, at the
 * end, where the child started school.
 */
@Entity
@Table(name = "club_enrolment")
public class ClubEnrolment {
    public enum Status { ENROLLED, WAITING, LEFT }

    /** The figure funders and municipalities ask for. */
    public enum SchoolEntry { MAINSTREAM, MAINSTREAM_WITH_SUPPORT, SPECIAL, POSTPONED }

    @Id
    public UUID id;
    @Column(name = "club_id", nullable = false)
    public UUID clubId;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(name = "child_id", nullable = false)
    public UUID childId;
    @Column(name = "consent_id", nullable = false)
    public UUID consentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
    @Column(name = "enrolled_at")
    public Instant enrolledAt;
    @Column(name = "left_at")
    public Instant leftAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "school_entry")
    public SchoolEntry schoolEntry;
    @Column(name = "school_name")
    public String schoolName;
    @Column(name = "school_entry_on")
    public LocalDate schoolEntryOn;
}
