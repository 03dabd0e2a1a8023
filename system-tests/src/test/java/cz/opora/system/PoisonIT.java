package cz.opora.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Poison on every topic a service consumes: invalid JSON, an unknown event type, data that breaks the contract. Each
 * consumer of the topic puts each on its dead-letter topic with the reason, and goes on to the next good event.
 */
@ExtendWith(Stack.class)
class PoisonIT {
    record Consumer(Stack.Service service, String name, String deadLetterTopic) {
    }

    static final String P = Stack.TOPIC_PREFIX;
    static final Map<String, List<Consumer>> CONSUMERS = Map.of(
            Topics.FAMILY, List.of(
                    new Consumer(Stack.Service.REFERRAL, "referral-service.family-projection", P + "opora.family.events.dlq.referral-service"),
                    new Consumer(Stack.Service.CONFERENCE, "conference-service.family-projection", P + "opora.family.events.dlq.conference-service"),
                    new Consumer(Stack.Service.TUTORING, "tutoring-service.family-projection", P + "opora.family.events.dlq.tutoring-service")),
            Topics.REFERRAL, List.of(
                    new Consumer(Stack.Service.FAMILY, "family-service.partner-events", P + "opora.partner-events.dlq.family-service"),
                    new Consumer(Stack.Service.CONFERENCE, "conference-service.referral-partners", P + "opora.referral.events.dlq.conference-service")),
            Topics.CONFERENCE, List.of(
                    new Consumer(Stack.Service.FAMILY, "family-service.partner-events", P + "opora.partner-events.dlq.family-service")),
            Topics.TUTORING, List.of(
                    new Consumer(Stack.Service.FAMILY, "family-service.partner-events", P + "opora.partner-events.dlq.family-service")));

    /** A good event each topic's consumers handle (a family registration, a referral sent, a timeline entry). */
    static ObjectNode good(String topic, UUID familyId) {
        return switch (topic) {
            case Topics.FAMILY -> SampleEvents.familyRegistered(familyId);
            case Topics.REFERRAL -> SampleEvents.about(EventType.REFERRAL_SENT, familyId);
            default -> SampleEvents.about(EventType.ACTIVITY_REPORTED, familyId);
        };
    }

    /** Data that breaks the contract of a type the topic carries. */
    static String contractBreaking(String topic, UUID familyId) {
        ObjectNode event = good(topic, familyId);
        ((ObjectNode) event.get("data")).remove("familyId");
        ((ObjectNode) event.get("data")).put("unexpected", true);
        return event.toString();
    }

    /**
     * The good events sent after the poison, with the poison's key (so on its partition, behind it): on the referral
     * topic a referral (for conference-service) and an activity (for family-service), else the topic's good event.
     */
    static List<ObjectNode> goods(String topic, UUID key) {
        if (!topic.equals(Topics.REFERRAL)) {
            return List.of(good(topic, key));
        }
        ObjectNode referral = good(topic, key);
        ((ObjectNode) referral.get("data")).put("referralId", UUID.randomUUID().toString());
        return List.of(referral, SampleEvents.about(EventType.ACTIVITY_REPORTED, key));
    }

    /** The effect of the good events in the consumer's own tables (not its processed-event log): rows it wrote for them. */
    static long effect(Consumer consumer, UUID key, List<ObjectNode> goods) {
        return switch (consumer.name()) {
            case "family-service.partner-events" -> goods.stream()
                    .filter(g -> g.get("type").asText().equals(EventType.ACTIVITY_REPORTED.type()))
                    .mapToLong(g -> Families.count(consumer.service(), "SELECT count(*) FROM timeline_entry WHERE source_event_id = ?"
                            + " AND family_id = ?", UUID.fromString(g.get("id").asText()), key)).sum();
            case "conference-service.referral-partners" -> goods.stream()
                    .filter(g -> g.get("type").asText().equals(EventType.REFERRAL_SENT.type()))
                    .mapToLong(g -> Families.count(consumer.service(), "SELECT count(*) FROM family_partner WHERE referral_id = ?"
                            + " AND family_id = ?", UUID.fromString(g.get("data").get("referralId").asText()), key)).sum();
            default -> Families.count(consumer.service(), "SELECT count(*) FROM known_family WHERE id = ?", key);
        };
    }

    /** What {@link #effect} counts once every good event the consumer handles is applied. */
    static long expectedEffect(Consumer consumer) {
        return consumer.name().equals("conference-service.referral-partners") ? 2 : 1; // sender's and recipient's row
    }

    @Test
    void poisonOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndTheNextGoodEventIsApplied() {
        // family-service applies activities only for families it holds: the key of its topics is a real family.
        UUID held = UUID.fromString(given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user("sas.dvorak"))
                .contentType("application/json").body(BurstIT.family("Rodina Otrávená " + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/families").then().statusCode(201).extract().<String>path("id"));
        int poisoned = 0;
        int applied = 0;
        for (Map.Entry<String, List<Consumer>> entry : CONSUMERS.entrySet()) {
            String topic = P + entry.getKey();
            UUID key = entry.getKey().equals(Topics.FAMILY) ? UUID.randomUUID() : held;
            ObjectNode unknown = good(entry.getKey(), key);
            unknown.put("type", "cz.opora.family.teleported");
            KafkaTestClient.send(topic, key.toString(), "{not json");
            KafkaTestClient.send(topic, key.toString(), unknown.toString());
            KafkaTestClient.send(topic, key.toString(), contractBreaking(entry.getKey(), key));
            List<ObjectNode> goods = goods(entry.getKey(), key);
            goods.forEach(g -> KafkaTestClient.send(topic, key.toString(), g.toString()));

            for (Consumer consumer : entry.getValue()) {
                List<ConsumerRecord<String, String>> dead = KafkaTestClient.read(consumer.deadLetterTopic(),
                        r -> key.toString().equals(r.key()) && topic.equals(header(r, "dead-letter-topic")), 3, Duration.ofSeconds(90));
                assertThat(dead).as(consumer.name() + " on " + topic).hasSize(3);
                assertThat(dead).extracting(r -> header(r, "dead-letter-reason")).as(consumer.name() + " reasons")
                        .anyMatch(reason -> reason.contains("not JSON"))
                        .anyMatch(reason -> reason.contains("unknown event type"))
                        .anyMatch(reason -> reason.contains("violates the event contract"));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                        .untilAsserted(() -> assertThat(effect(consumer, key, goods))
                                .as(consumer.name() + " on " + topic + ": the good event behind the poison took effect")
                                .isEqualTo(expectedEffect(consumer)));
                poisoned += 3;
                applied++;
            }
        }
        System.out.printf("poison: %d poison messages dead-lettered with their reasons on 4 topics, 7 consumers; %d good events "
                + "behind them on the same key took effect%n", poisoned, applied);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
