package cz.opora.family.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Notifications (opora.notifications.*, each overridable by environment, e.g. {@code OPORA_NOTIFICATIONS_EMAIL_ENABLED}).
 * The SMTP server itself is Quarkus Mailer's ({@code quarkus.mailer.*}: host, port, from, TLS, credentials).
 */
@ConfigMapping(prefix = "opora.notifications")
public interface NotificationsConfig {
    /** Whether notifications are also sent by e-mail (off unless an SMTP server is configured). */
    @WithDefault("false")
    boolean emailEnabled();

    /** The console's address, the only link an e-mail carries (to My work). */
    @WithDefault("http://localhost:8080")
    String consoleUrl();

    /** How often the mail relay looks for due e-mails in the mail outbox (a Quarkus scheduler interval). */
    @WithDefault("5s")
    String mailRelayInterval();

    /** The wait before the second attempt after a failure; doubled after each further failure up to mailRetryMax. */
    @WithDefault("PT30S")
    java.time.Duration mailRetryInitial();

    @WithDefault("PT30M")
    java.time.Duration mailRetryMax();

    /** After this many failed attempts an e-mail is given up (kept with its last error); the in-app notification stays. */
    @WithDefault("20")
    int mailMaxAttempts();

    /** How long one send may take before it counts as failed. */
    @WithDefault("PT30S")
    java.time.Duration mailSendTimeout();

    /** How long a relay holds e-mails it took for sending before another relay may take them again. */
    @WithDefault("PT2M")
    java.time.Duration mailLease();

    /** How many due e-mails a relay takes at once. */
    @WithDefault("20")
    int mailBatch();
}
