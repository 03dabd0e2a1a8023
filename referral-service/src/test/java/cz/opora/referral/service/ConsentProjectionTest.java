package cz.opora.referral.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** referral-service knows which consents let a family be shared with whom, from family-service's events. */
@QuarkusTest
class ConsentProjectionTest {
    @Inject
    cz.opora.projection.FamilyProjection families;
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    int consentsFor(UUID family, String organization, String type) {
        return QuarkusTransaction.requiringNew().call(() ->
                families.sharingConsents(family, organization, type, LocalDate.now()).size());
    }

    @Test
    void aConsentAllowsSharingWithItsRecipientUntilItIsWithdrawn() {
        UUID family = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        String topic = prefix + Topics.FAMILY;
        KafkaTestClient.send(topic, family.toString(), SampleEvents.familyRegistered(family).toString());
        ObjectNode granted = SampleEvents.about(EventType.CONSENT_GRANTED, family);
        ObjectNode data = (ObjectNode) granted.get("data");
        data.put("consentId", consent.toString());
        data.put("validFrom", LocalDate.now().minusDays(1).toString());
        data.putNull("validUntil");
        KafkaTestClient.send(topic, family.toString(), granted.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> consentsFor(family, "ospod-mesto", "OSPOD") == 1);
        assertThat(consentsFor(family, "sas-sever", "SAS")).as("another recipient").isZero();

        ObjectNode withdrawn = SampleEvents.about(EventType.CONSENT_WITHDRAWN, family);
        ((ObjectNode) withdrawn.get("data")).put("consentId", consent.toString());
        KafkaTestClient.send(topic, family.toString(), withdrawn.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> consentsFor(family, "ospod-mesto", "OSPOD") == 0);
    }
}
