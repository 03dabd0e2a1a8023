package cz.opora.system;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventJson;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import cz.opora.testing.SampleRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing lost, nothing applied twice: a Kafka outage during writes, and a redelivered event. */
@ExtendWith(Stack.class)
class DeliveryIT {
    static final String TOPIC = Stack.TOPIC_PREFIX + Topics.FAMILY;

    @Test
    void withKafkaStoppedRegistrationSucceedsAndTheEventArrivesOnceAfterKafkaReturns() {
        Stack.infra("stop", "kafka");
        String id;
        try {
            id = Families.register("sas.dvorak", SampleRequests.family("Rodina Trpělivá")).then().statusCode(201).extract().path("id");
            assertThat(Families.count(Stack.Service.FAMILY,
                    "SELECT count(*) FROM outbox_event WHERE message_key = ? AND published_at IS NULL", id))
                    .as("waiting in the outbox while Kafka is down").isEqualTo(1);
        } finally {
            Stack.infra("start", "kafka");
            // Readiness includes Kafka and the consumer channels: every service must recover by itself.
            long start = System.nanoTime();
            for (Stack.Service service : Stack.Service.values()) {
                Stack.awaitReady(service, Duration.ofSeconds(90));
            }
            System.out.printf("all services ready again %d ms after Kafka restarted%n", (System.nanoTime() - start) / 1_000_000);
        }
        String familyId = id;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                Families.inReferralService("sas.dvorak", familyId).then().statusCode(200));

        assertThat(Families.count(Stack.Service.FAMILY,
                "SELECT count(*) FROM outbox_event WHERE message_key = ? AND published_at IS NOT NULL", id)).isEqualTo(1);
        assertThat(Families.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE id = ?::uuid", id)).isEqualTo(1);
        assertThat(Families.count(Stack.Service.REFERRAL,
                "SELECT count(*) FROM audit_entry WHERE action = 'family.project' AND ?::uuid = ANY(resource_ids)", id))
                .as("applied exactly once").isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String id = Families.register("sas.dvorak", SampleRequests.family("Rodina Dvojitá")).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Families.inReferralService("sas.dvorak", id).then().statusCode(200));

        List<ConsumerRecord<String, String>> published = KafkaTestClient.read(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        JsonNode event = EventJson.MAPPER.readTree(published.get(0).value());
        KafkaTestClient.send(TOPIC, id, published.get(0).value());
        KafkaTestClient.send(TOPIC, id, published.get(0).value());
        UUID marker = UUID.randomUUID();
        KafkaTestClient.send(TOPIC, id, SampleEvents.familyRegistered(marker).toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Families.inReferralService("sas.dvorak", marker.toString()).then().statusCode(200));

        assertThat(Families.count(Stack.Service.REFERRAL, "SELECT count(*) FROM processed_event WHERE event_id = ?::uuid",
                event.get("id").asText())).isEqualTo(1);
        assertThat(Families.count(Stack.Service.REFERRAL,
                "SELECT count(*) FROM audit_entry WHERE action = 'family.project' AND ?::uuid = ANY(resource_ids)", id)).isEqualTo(1);
    }
}
