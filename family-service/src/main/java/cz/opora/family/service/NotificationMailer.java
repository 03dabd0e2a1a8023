package cz.opora.family.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.family.domain.NotificationKind;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mail relay: sends the mail outbox's due e-mails through the SMTP server (Quarkus Mailer), in Czech, to the
 * worker's address in Keycloak. An e-mail names no family and no person: the kind, a reference and a link to My work
 * only. A failure (the SMTP server or Keycloak away) is kept on the row with the attempt and tried again after a
 * backoff; the log names the notification and the failure's kind, never an address. Every replica runs it: the rows'
 * locks and leases share the work, and no e-mail is sent twice by two relays.
 */
@ApplicationScoped
public class NotificationMailer {
    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    @Inject
    ReactiveMailer mailer;
    @Inject
    StaffDirectory staff;
    @Inject
    NotificationsConfig config;
    @Inject
    MailOutbox outbox;

    @Scheduled(every = "${opora.notifications.mail-relay-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "opora-mail-relay")
    void relay() {
        if (!config.emailEnabled()) {
            return;
        }
        List<MailToSend> due;
        do {
            due = outbox.claimDue();
            due.forEach(this::send);
        } while (due.size() == config.mailBatch());
    }

    void send(MailToSend one) {
        Optional<String> address;
        try {
            address = staff.emailOf(one.organization(), one.recipient());
        } catch (ProblemException e) {
            failed(one, "staff directory not readable", false);
            return;
        }
        if (address.isEmpty()) {
            failed(one, "no e-mail address", true);
            return;
        }
        try {
            mailer.send(Mail.withText(address.get(), subject(one.kind()), body(one))).await().atMost(config.mailSendTimeout());
        } catch (RuntimeException e) {
            failed(one, describe(e), false);
            return;
        }
        outbox.sent(one.mailId());
    }

    private void failed(MailToSend one, String error, boolean permanent) {
        boolean givenUp = outbox.failed(one.mailId(), error, permanent);
        LOG.warnf("E-mail of notification %s not sent (attempt %d%s): %s", one.notificationId(), one.attempt(),
                givenUp ? ", given up" : ", will retry", error);
    }

    /**
     * What went wrong, without personal data: the chain of the failure's kinds and the SMTP reply code when there is
     * one (an SMTP server's message may quote the address, so it is not kept).
     */
    static String describe(Throwable failure) {
        List<String> kinds = new ArrayList<>();
        String code = null;
        for (Throwable t = failure; t != null && kinds.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            kinds.add(t.getClass().getSimpleName());
            if (code == null && t.getMessage() != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([45]\\d\\d)[ -]").matcher(t.getMessage());
                if (m.find()) {
                    code = m.group(1);
                }
            }
        }
        return String.join(" < ", kinds) + (code == null ? "" : " (SMTP " + code + ")");
    }

    static String subject(NotificationKind kind) {
        return "Opora: " + what(kind);
    }

    String body(MailToSend one) {
        String console = config.consoleUrl().replaceAll("/+$", "");
        return "Dobrý den,\n\n"
                + "v Opoře na Vás čeká: " + what(one.kind()) + ".\n\n"
                + "Otevřete Moji práci: " + console + "/work\n"
                + "Reference: " + one.refType() + " " + one.refId() + "\n\n"
                + "Tato zpráva záměrně neobsahuje žádné údaje o rodině; podrobnosti uvidíte po přihlášení.\n"
                + "Zasílání e-mailů tohoto druhu můžete vypnout v nastavení oznámení.\n";
    }

    static String what(NotificationKind kind) {
        return switch (kind) {
            case REFERRAL_RECEIVED -> "nové doporučení čeká na odpověď";
            case REFERRAL_OVERDUE -> "doporučení nebylo včas zodpovězeno";
            case ABSENCE_ALERT -> "upozornění na opakovanou absenci na doučování";
            case PLAN_AWAITING_DECISION -> "plán rodiny z rodinné konference čeká na Vaše rozhodnutí";
            case APPROVAL_REQUESTED -> "žádost o schválení";
            case APPROVAL_DECIDED -> "o Vaší žádosti bylo rozhodnuto";
            case TASK_ASSIGNED -> "úkol z případové konference";
        };
    }
}
