import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Arrays;
import java.util.Properties;

/**
 * bench/run's raw Kafka baseline: one record at a time, acks=all and idempotent (as Opora's relay sends), on the same
 * broker; prints the p50 and p99 of send-to-acknowledgement in milliseconds. Run as a single source file:
 * java -cp kafka-clients.jar:... bench/RawKafka.java BOOTSTRAP TOPIC COUNT
 */
public class RawKafka {
    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        int count = Integer.parseInt(args[2]);
        double[] millis = new double[count];
        String payload = "{\"type\":\"bench\",\"data\":\"" + "x".repeat(600) + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < 50; i++) {
                producer.send(new ProducerRecord<>(args[1], "warm-" + i, payload)).get();
            }
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(args[1], "key-" + i, payload)).get();
                millis[i] = (System.nanoTime() - start) / 1e6;
                Thread.sleep(20); // as events come: one at a time, not a stream
            }
        }
        Arrays.sort(millis);
        System.out.printf("%.1f %.1f%n", millis[count / 2], millis[(int) Math.ceil(count * 0.99) - 1]);
    }
}
