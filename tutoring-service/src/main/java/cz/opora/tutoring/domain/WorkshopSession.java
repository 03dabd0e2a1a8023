package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A workshop's session; who came is workshop_attendance, one row per adult. */
@Entity
@Table(name = "workshop_session")
public class WorkshopSession {
    @Id
    public UUID id;
    @Column(name = "workshop_id", nullable = false)
    public UUID workshopId;
    @Column(name = "session_date", nullable = false)
    public LocalDate date;
    @Column(nullable = false)
    public String topic;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
