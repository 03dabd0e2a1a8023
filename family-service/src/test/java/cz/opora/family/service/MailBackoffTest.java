package cz.opora.family.service;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class MailBackoffTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(30);
        assertThat(MailOutbox.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailOutbox.backoff(2, initial, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.backoff(3, initial, max)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.backoff(7, initial, max)).isEqualTo(Duration.ofMinutes(30));
        assertThat(MailOutbox.backoff(1000, initial, max)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aFailureIsDescribedByItsKindsAndSmtpCodeNeverItsMessage() {
        RuntimeException failure = new RuntimeException("wrapped", new IllegalStateException(
                "550 5.1.1 <nzdm.svoboda@demo.opora.cz>: Recipient address rejected"));
        String described = NotificationMailer.describe(failure);
        assertThat(described).isEqualTo("RuntimeException < IllegalStateException (SMTP 550)");
        assertThat(described).doesNotContain("@").doesNotContain("svoboda");
    }
}
