package cz.opora.family.service;

import cz.opora.family.domain.NotificationKind;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Sends the e-mails of committed notifications through the SMTP server (Quarkus Mailer), in Czech, to the worker's
 * address in Keycloak. An e-mail names no family and no person: the kind, a reference and a link to My work only.
 * Sent after the commit and not awaited; a failure to send is logged (without the address) and does not undo the
 * in-app notification.
 */
@ApplicationScoped
public class NotificationMailer {
    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);
    private static final java.time.Duration SEND_TIMEOUT = java.time.Duration.ofSeconds(30);

    @Inject
    ReactiveMailer mailer;
    @Inject
    StaffDirectory staff;
    @Inject
    NotificationsConfig config;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationMails mails) {
        if (!config.emailEnabled()) {
            return;
        }
        for (NotificationMails.One one : mails.mails()) {
            try {
                Optional<String> address = staff.emailOf(one.organization(), one.recipient());
                if (address.isEmpty()) {
                    LOG.infof("No e-mail address for notification %s", one.notificationId());
                    continue;
                }
                // Sent without waiting: a slow SMTP server never holds up the request or the consumer.
                mailer.send(Mail.withText(address.get(), subject(one.kind()), body(one)))
                        .ifNoItem().after(SEND_TIMEOUT).fail()
                        .subscribe().with(done -> { }, failure -> LOG.warnf("E-mail of notification %s not sent: %s",
                                one.notificationId(), failure.getClass().getSimpleName()));
            } catch (RuntimeException e) {
                LOG.warnf("E-mail of notification %s not sent: %s", one.notificationId(), e.getClass().getSimpleName());
            }
        }
    }

    static String subject(NotificationKind kind) {
        return "Opora: " + what(kind);
    }

    String body(NotificationMails.One one) {
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
        };
    }
}
