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
}
