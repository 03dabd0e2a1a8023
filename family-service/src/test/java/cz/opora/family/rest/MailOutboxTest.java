package cz.opora.family.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * A notification's e-mail survives an SMTP failure: it is written to the mail outbox with the notification and the
 * relay retries it with backoff, keeping the attempts and the last error (no address in it), until the server is
 * back; then it arrives once.
 */
@QuarkusTest
class MailOutboxTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;
    @Inject
    EntityManager em;

    GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stop() {
        smtp.stop();
    }

    Object[] row(UUID match) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("SELECT m.attempts, m.last_error, "
                        + "m.sent_at IS NOT NULL, m.failed_at IS NOT NULL FROM mail_outbox m WHERE m.ref_id = ?1")
                .setParameter(1, match).getResultList().stream().findFirst().orElse(null));
    }

    @Test
    void anEmailWrittenWhileTheSmtpServerIsDownArrivesOnceWhenItIsBack() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Nedoručená")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        ObjectNode alert = SampleEvents.about(EventType.TUTORING_ABSENCE_ALERT, UUID.fromString(family));
        UUID match = UUID.randomUUID();
        ((ObjectNode) alert.get("data")).put("refId", match.toString());
        KafkaTestClient.send(prefix + Topics.TUTORING, family, alert.toString());

        // The SMTP server is down: the notification is there at once, its e-mail waits and is retried.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("sas.dvorak").get("/api/v1/notifications")
                .then().body("items.refId", hasItem(match.toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> row(match) != null && ((Number) row(match)[0]).intValue() >= 2);
        Object[] failing = row(match);
        assertThat((String) failing[1]).as("the last error names the failure's kind, no address")
                .isNotBlank().doesNotContain("@").doesNotContain("dvorak");
        assertThat(failing[2]).as("not sent").isEqualTo(false);
        assertThat(failing[3]).as("not given up").isEqualTo(false);

        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> GreenMailUtil.getBody(m).contains(match.toString())));
        // A few relay rounds later it has still arrived exactly once.
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(match.toString())))
                .hasSize(1);
        Object[] sent = row(match);
        assertThat(sent[2]).isEqualTo(true);
        assertThat(((Number) sent[0]).intValue()).as("the attempts are kept").isGreaterThan(((Number) failing[0]).intValue());
    }
}
