package cz.opora.common.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The operators' tool for dead-lettered events (docs/operations.md, "Dead letters"): lists a dead-letter topic, and
 * replays one dead letter to the topic it came from, audited.
 * <ul>
 * <li>{@code list <dead-letter topic> [max]}: one line per dead letter: partition:offset, when, the event's type and
 * id, where it came from and why it was rejected. Never the event's data (it may hold personal data).</li>
 * <li>{@code replay <dead-letter topic> <partition>:<offset> <operator> <reason>}: sends the dead letter's key and
 * value, unchanged, to its original topic (header {@code dead-letter-topic}), with the audit headers
 * {@code opora-replay-of} (topic/partition/offset of the dead letter), {@code opora-replayed-by},
 * {@code opora-replay-reason} and {@code opora-replayed-at}; and writes the same as one audit line on the container's
 * standard output and, when DEAD_LETTERS_AUDIT_LOG names a file, appended to it (the tool's pod prints that file as
 * its log, so the cluster's log pipeline keeps every replay: deploy/kubernetes/tools). Consumers apply an event once by its id (IdempotentConsumer),
 * so a replay reaches only those that had not applied it.</li>
 * </ul>
 * Kafka settings from the environment, as the services read them: KAFKA_BOOTSTRAP_SERVERS, KAFKA_SECURITY_PROTOCOL,
 * KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG, KAFKA_SSL_TRUSTSTORE_TYPE, KAFKA_SSL_TRUSTSTORE_LOCATION.
 */
public final class DeadLetters {
    static final String REPLAY_OF = "opora-replay-of";
    static final String REPLAYED_BY = "opora-replayed-by";
    static final String REPLAY_REASON = "opora-replay-reason";
    static final String REPLAYED_AT = "opora-replayed-at";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(10);

    private final Properties kafka;
    private final PrintStream out;
    private final Clock clock;

    DeadLetters(Properties kafka, PrintStream out, Clock clock) {
        this.kafka = kafka;
        this.out = out;
        this.clock = clock;
    }

    public static void main(String[] args) {
        DeadLetters tool = new DeadLetters(kafkaFromEnvironment(System::getenv), System.out, Clock.systemUTC());
        try {
            if (args.length >= 2 && args[0].equals("list")) {
                tool.list(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 100);
            } else if (args.length == 5 && args[0].equals("replay")) {
                String audit = tool.replay(args[1], args[2], args[3], args[4]);
                String auditLog = System.getenv("DEAD_LETTERS_AUDIT_LOG");
                if (auditLog != null && !auditLog.isBlank()) {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(auditLog), audit + System.lineSeparator(),
                            StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
            } else {
                System.err.println("usage: list <dead-letter topic> [max]\n"
                        + "       replay <dead-letter topic> <partition>:<offset> <operator> <reason>");
                System.exit(2);
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static Properties kafkaFromEnvironment(Function<String, String> env) {
        Properties config = new Properties();
        put(config, CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, env.apply("KAFKA_BOOTSTRAP_SERVERS"));
        put(config, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, env.apply("KAFKA_SECURITY_PROTOCOL"));
        put(config, "sasl.mechanism", env.apply("KAFKA_SASL_MECHANISM"));
        put(config, "sasl.jaas.config", env.apply("KAFKA_SASL_JAAS_CONFIG"));
        put(config, "ssl.truststore.type", env.apply("KAFKA_SSL_TRUSTSTORE_TYPE"));
        put(config, "ssl.truststore.location", env.apply("KAFKA_SSL_TRUSTSTORE_LOCATION"));
        if (!config.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("KAFKA_BOOTSTRAP_SERVERS is not set");
        }
        return config;
    }

    private static void put(Properties config, String key, String value) {
        if (value != null && !value.isBlank()) {
            config.put(key, value);
        }
    }

    /** One line per dead letter of the topic, oldest first, at most {@code max}; returns the lines. */
    List<String> list(String topic, int max) {
        List<String> lines = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(POLL);
            while (lines.size() < max && Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (lines.size() < max) {
                        lines.add(describe(record));
                    }
                }
            }
        }
        lines.forEach(out::println);
        return lines;
    }

    /** Replays the dead letter at partition:offset to its original topic; returns the audit line. */
    String replay(String topic, String position, String operator, String reason) {
        if (operator.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a replay names the operator and the reason");
        }
        String[] parts = position.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("position is <partition>:<offset>, not " + position);
        }
        TopicPartition partition = new TopicPartition(topic, Integer.parseInt(parts[0]));
        long offset = Long.parseLong(parts[1]);
        ConsumerRecord<byte[], byte[]> dead = null;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            if (partitions(consumer, topic).stream().noneMatch(partition::equals)) {
                throw new IllegalArgumentException(topic + " has no partition " + parts[0]);
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            Instant deadline = Instant.now().plus(POLL);
            while (dead == null && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset && dead == null) {
                        dead = record;
                    }
                }
            }
        }
        if (dead == null) {
            throw new IllegalArgumentException("no dead letter at " + topic + " " + position);
        }
        String original = header(dead.headers(), "dead-letter-topic");
        if (original == null) {
            throw new IllegalArgumentException(topic + " " + position + " has no dead-letter-topic header: not a dead letter");
        }
        String at = clock.instant().toString();
        String of = topic + "/" + partition.partition() + "/" + offset;
        ProducerRecord<byte[], byte[]> replayed = new ProducerRecord<>(original, dead.key(), dead.value());
        replayed.headers().add(REPLAY_OF, bytes(of)).add(REPLAYED_BY, bytes(operator)).add(REPLAY_REASON, bytes(reason))
                .add(REPLAYED_AT, bytes(at));
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(replayed).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not replay " + of + " to " + original, e);
        }
        String audit = "AUDIT dead-letter replay: " + of + " -> " + original + " event " + event(dead.value())
                + " by " + operator + " at " + at + " because " + reason;
        out.println(audit);
        return audit;
    }

    private String describe(ConsumerRecord<byte[], byte[]> record) {
        return record.partition() + ":" + record.offset() + " " + Instant.ofEpochMilli(record.timestamp()) + " event "
                + event(record.value()) + " from " + header(record.headers(), "dead-letter-topic") + "/"
                + header(record.headers(), "dead-letter-partition") + "/" + header(record.headers(), "dead-letter-offset")
                + " reason: " + header(record.headers(), "dead-letter-reason")
                + (header(record.headers(), REPLAYED_BY) != null ? " (itself a replay)" : "");
    }

    /** The event's type and id from its envelope, never its data. */
    static String event(byte[] value) {
        if (value == null) {
            return "(empty)";
        }
        try {
            JsonNode envelope = JSON.readTree(value);
            return envelope.path("type").asText("?") + " " + envelope.path("id").asText("?");
        } catch (Exception e) {
            return "(not JSON, " + value.length + " bytes)";
        }
    }

    static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        var info = consumer.partitionsFor(topic, POLL);
        if (info == null || info.isEmpty()) {
            throw new IllegalArgumentException("no topic " + topic);
        }
        return info.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }
}
