package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The e-mail of one notification, waiting in the mail outbox until the relay has sent it. It names the worker by
 * Keycloak subject (the address is read when sending) and what the notification is about by reference: no family.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {
    @Id
    public UUID id;
    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;
    @Column(nullable = false)
    public String organization;
    @Column(nullable = false)
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;
    @Column(name = "ref_type", nullable = false)
    public String refType;
    @Column(name = "ref_id", nullable = false)
    public UUID refId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "failed_at")
    public Instant failedAt;
}
