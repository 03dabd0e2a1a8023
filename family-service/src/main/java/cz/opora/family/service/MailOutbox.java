package cz.opora.family.service;

import cz.opora.common.time.WorkCalendar;
import cz.opora.family.domain.Notification;
import cz.opora.family.domain.OutgoingMail;
import cz.opora.family.domain.OutgoingMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mail outbox: a notification's e-mail is written in the transaction that creates the notification, so that it is
 * sent exactly when the notification exists, however long the SMTP server is away. {@link NotificationMailer} takes
 * the due ones, sends them, and records here that each was sent, or its failure and when to try again (exponential
 * backoff up to a maximum, given up after the configured number of attempts).
 */
@ApplicationScoped
public class MailOutbox {
    @Inject
    OutgoingMailRepository mails;
    @Inject
    WorkCalendar calendar;
    @Inject
    NotificationsConfig config;

    /** The notification's e-mail, due now, in the notification's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Notification n) {
        OutgoingMail mail = new OutgoingMail();
        mail.id = UUID.randomUUID();
        mail.notificationId = n.id;
        mail.organization = n.organization;
        mail.recipient = n.recipient;
        mail.kind = n.kind;
        mail.refType = n.refType;
        mail.refId = n.refId;
        mail.createdAt = n.createdAt;
        mail.nextAttemptAt = n.createdAt;
        mails.persist(mail);
    }

    /** Takes the due e-mails for sending, each leased to this relay for a while (its own short transaction). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<MailToSend> claimDue() {
        Instant now = calendar.now();
        return mails.claimDue(now, now.plus(config.mailLease()), config.mailBatch()).stream()
                .map(m -> new MailToSend(m.id, m.organization, m.recipient, m.kind, m.refType, m.refId, m.notificationId,
                        m.attempts + 1)).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID mailId) {
        OutgoingMail mail = mails.findById(mailId);
        if (mail != null) {
            mail.attempts++;
            mail.sentAt = calendar.now();
        }
    }

    /**
     * Sending failed: kept with the attempt and the error (its kind, never an address), tried again after the
     * backoff, or given up when {@code permanent} or after the last attempt. Whether it was given up.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(UUID mailId, String error, boolean permanent) {
        OutgoingMail mail = mails.findById(mailId);
        if (mail == null) {
            return true;
        }
        mail.attempts++;
        mail.lastError = error;
        Instant now = calendar.now();
        if (permanent || mail.attempts >= config.mailMaxAttempts()) {
            mail.failedAt = now;
            return true;
        }
        mail.nextAttemptAt = now.plus(backoff(mail.attempts, config.mailRetryInitial(), config.mailRetryMax()));
        return false;
    }

    /** The wait after the n-th failed attempt: initial, doubled after each further failure, at most max. */
    static Duration backoff(int attempts, Duration initial, Duration max) {
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
