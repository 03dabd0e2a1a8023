package cz.opora.family.service;

import cz.opora.family.domain.NotificationKind;

import java.util.List;
import java.util.UUID;

/** The e-mails a transaction's notifications ask for, sent once it has committed. */
public record NotificationMails(List<One> mails) {
    public record One(String organization, String recipient, NotificationKind kind, String refType, UUID refId,
                      UUID notificationId) {
    }
}
