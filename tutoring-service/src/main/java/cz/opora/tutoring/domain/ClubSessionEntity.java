package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A preschool club's session; its attendance register is club_attendance, one row per enrolled child. */
@Entity(name = "ClubSessionEntity")
@Table(name = "club_session")
public class ClubSessionEntity {
    @Id
    public UUID id;
    @Column(name = "club_id", nullable = false)
    public UUID clubId;
    @Column(name = "session_date", nullable = false)
    public LocalDate date;
    public String topic;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
