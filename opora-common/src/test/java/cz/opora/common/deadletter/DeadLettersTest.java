package cz.opora.common.deadletter;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dead-letter tool against the real Kafka of the local stack (OPORA_KAFKA_PORT). */
class DeadLettersTest {
    static final String BOOTSTRAP = "localhost:" + System.getenv().getOrDefault("OPORA_KAFKA_PORT", "9092");
    static final String EVENT = "{\"specversion\":\"1.0\",\"id\":\"%s\",\"type\":\"cz.opora.access.granted\","
            + "\"data\":{\"note\":\"Jana Nováková, personal\"}}";

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String source = "test.dlq-tool." + run + ".events";
    final String dlq = "test.dlq-tool." + run + ".dlq";
    final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final DeadLetters tool = new DeadLetters(DeadLetters.kafkaFromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP)::get),
            new PrintStream(output, true, StandardCharsets.UTF_8), clock);

    @Test
    void listsDeadLettersWithoutTheirDataAndReplaysOneToItsTopicWithTheAuditHeaders() throws Exception {
        createTopics();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        deadLetter("family-1", EVENT.formatted(first), "3");
        deadLetter("family-2", EVENT.formatted(second), "4");

        List<String> lines = tool.list(dlq, 10);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("0:0 ").contains("cz.opora.access.granted " + first)
                .contains("from " + source + "/0/3").contains("reason: schema violation: data.grantId missing");
        assertThat(String.join("\n", lines)).as("never the event's data").doesNotContain("Nováková");

        String audit = tool.replay(dlq, "0:1", "admin.novak", "grant schema fixed in 0.1.1");
        assertThat(audit).contains(dlq + "/0/1 -> " + source).contains(second).contains("by admin.novak")
                .contains("because grant schema fixed in 0.1.1").doesNotContain("Nováková");
        assertThat(output.toString(StandardCharsets.UTF_8)).contains(audit);

        List<ConsumerRecord<String, String>> replayed = readAll(source);
        assertThat(replayed).hasSize(1);
        ConsumerRecord<String, String> record = replayed.get(0);
        assertThat(record.key()).isEqualTo("family-2");
        assertThat(record.value()).isEqualTo(EVENT.formatted(second));
        assertThat(DeadLetters.header(record.headers(), DeadLetters.REPLAY_OF)).isEqualTo(dlq + "/0/1");
        assertThat(DeadLetters.header(record.headers(), DeadLetters.REPLAYED_BY)).isEqualTo("admin.novak");
        assertThat(DeadLetters.header(record.headers(), DeadLetters.REPLAY_REASON)).isEqualTo("grant schema fixed in 0.1.1");
        assertThat(DeadLetters.header(record.headers(), DeadLetters.REPLAYED_AT)).isEqualTo("2026-11-30T12:00:00Z");
    }

    @Test
    void aReplayNeedsAnOperatorAReasonAndADeadLetter() throws Exception {
        createTopics();
        deadLetter("family-1", EVENT.formatted(UUID.randomUUID()), "0");
        assertThatThrownBy(() -> tool.replay(dlq, "0:0", "admin.novak", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> tool.replay(dlq, "0:7", "admin.novak", "why")).hasMessageContaining("no dead letter");
        assertThatThrownBy(() -> tool.replay(source, "0:0", "admin.novak", "why")).isInstanceOf(IllegalArgumentException.class);
        assertThat(readAll(source)).isEmpty();
    }

    void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(source, 1, (short) 1), new NewTopic(dlq, 1, (short) 1))).all().get();
        }
    }

    /** What SmallRye's dead-letter queue writes: the original key and value with the dead-letter-* headers. */
    void deadLetter(String key, String value, String originalOffset) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(dlq, key, value);
            record.headers().add("dead-letter-topic", source.getBytes(StandardCharsets.UTF_8))
                    .add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8))
                    .add("dead-letter-offset", originalOffset.getBytes(StandardCharsets.UTF_8))
                    .add("dead-letter-reason", "schema violation: data.grantId missing".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            Instant deadline = Instant.now().plusSeconds(10);
            while (consumer.position(partition) < end && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
