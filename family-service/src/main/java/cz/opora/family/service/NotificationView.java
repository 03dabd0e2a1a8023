package cz.opora.family.service;

import cz.opora.family.domain.Notification;
import cz.opora.family.domain.NotificationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A notification as its worker reads it: what kind, about which reference, when, and whether read. */
@Schema(name = "Notification")
public record NotificationView(UUID id, NotificationKind kind, String refType, UUID refId, Instant createdAt, boolean read,
                               Instant readAt) {
    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.refType, n.refId, n.createdAt, n.readAt != null, n.readAt);
    }
}
