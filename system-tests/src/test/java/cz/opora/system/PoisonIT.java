package cz.opora.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    @Test
    void poisonOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndTheNextGoodEventIsApplied() {
        int poisoned = 0;
        for (Map.Entry<String, List<Consumer>> entry : CONSUMERS.entrySet()) {
            String topic = P + entry.getKey();
            UUID key = UUID.randomUUID();
            ObjectNode unknown = good(entry.getKey(), key);
            unknown.put("type", "cz.opora.family.teleported");
            KafkaTestClient.send(topic, key.toString(), "{not json");
            KafkaTestClient.send(topic, key.toString(), unknown.toString());
            KafkaTestClient.send(topic, key.toString(), contractBreaking(entry.getKey(), key));
            List<ObjectNode> goods = entry.getKey().equals(Topics.REFERRAL)
                    ? List.of(good(entry.getKey(), UUID.randomUUID()), SampleEvents.about(EventType.ACTIVITY_REPORTED, UUID.randomUUID()))
                    : List.of(good(entry.getKey(), UUID.randomUUID()));
            goods.forEach(g -> KafkaTestClient.send(topic, g.get("subject").asText(), g.toString()));
            List<UUID> goodIds = goods.stream().map(g -> UUID.fromString(g.get("id").asText())).toList();

            for (Consumer consumer : entry.getValue()) {
                List<ConsumerRecord<String, String>> dead = KafkaTestClient.read(consumer.deadLetterTopic(),
                        r -> key.toString().equals(r.key()) && topic.equals(header(r, "dead-letter-topic")), 3, Duration.ofSeconds(90));
                assertThat(dead).as(consumer.name() + " on " + topic).hasSize(3);
                assertThat(dead).extracting(r -> header(r, "dead-letter-reason")).as(consumer.name() + " reasons")
                        .anyMatch(reason -> reason.contains("not JSON"))
                        .anyMatch(reason -> reason.contains("unknown event type"))
                        .anyMatch(reason -> reason.contains("violates the event contract"));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                        goodIds.stream().mapToLong(id -> Families.count(consumer.service(),
                                "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?", consumer.name(), id)).sum() == 1);
                poisoned += 3;
            }
        }
        System.out.printf("poison: %d poison messages dead-lettered with their reasons on 4 topics, 7 consumers%n", poisoned);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
