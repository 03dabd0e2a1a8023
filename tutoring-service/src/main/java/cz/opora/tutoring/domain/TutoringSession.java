package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tutoring visit, held or missed: how long, who was there, what was worked on, a note for the SAS worker. */
@Entity
@Table(name = "tutoring_session")
public class TutoringSession {
    @Id
    public UUID id;
    @Column(name = "match_id", nullable = false)
    public UUID matchId;
    @Column(name = "session_date", nullable = false)
    public LocalDate date;
    @Column(nullable = false)
    public boolean held;
    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
    @Column(name = "child_present", nullable = false)
    public boolean childPresent;
    @Column(name = "parent_present", nullable = false)
    public boolean parentPresent;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(60)[]")
    public String[] subjects;
    @Column(name = "worked_on")
    public String workedOn;
    @Column(name = "note_for_sas")
    public String noteForSas;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
