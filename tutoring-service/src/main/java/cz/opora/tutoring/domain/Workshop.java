package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A group programme for parents (a parent group, a mothers' club) run by the tutoring programme. */
@Entity
@Table(name = "workshop")
public class Workshop {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String kind;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
