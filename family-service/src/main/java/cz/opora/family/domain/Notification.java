package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A worker is told of something that needs them; in-app always, by e-mail unless switched off for the kind. */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    /** Keycloak subject of the worker told. */
    @Column(nullable = false)
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;
    @Column(name = "ref_type", nullable = false)
    public String refType;
    @Column(name = "ref_id", nullable = false)
    public UUID refId;
    /** What made it (an event id, an approval and its step): one notification per recipient and cause. */
    @Column(nullable = false)
    public String cause;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
    @Version
    public long version;
}
