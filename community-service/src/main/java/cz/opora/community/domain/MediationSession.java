package cz.opora.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session of a mediation: its day and length (what was said stays with the parties). */
@Entity
@Table(name = "mediation_session")
public class MediationSession {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "session_date", nullable = false)
    public LocalDate date;
    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
