package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A request to erase a closed case file, waiting for a second person's approval; one per file (keyed by it). */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {
    @Id
    @Column(name = "family_id")
    public UUID familyId;
    @Column(nullable = false, updatable = false)
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ErasureGround ground;
    @Column(nullable = false)
    public String reason;
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
}
