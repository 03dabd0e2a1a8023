package cz.opora.family.service;

import cz.opora.family.domain.NotificationKind;

import java.util.UUID;

/** One e-mail the relay took from the mail outbox to send: whom (a Keycloak subject), of what kind and reference. */
public record MailToSend(UUID mailId, String organization, String recipient, NotificationKind kind, String refType,
                         UUID refId, UUID notificationId, int attempt) {
}
