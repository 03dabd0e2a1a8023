import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The raw Kafka baseline of bench/run and bench/events: one record at a time, acks=all and idempotent (as Opora's
 * relay sends), on the same broker; prints the p50 and p99 of send-to-acknowledgement in milliseconds. With a fourth
 * argument {@code receipt}, a consumer in the same process (the topic's partitions assigned, from their end) also
 * takes each record, and the line goes on with the p50 and p99 of send-to-receipt: what the "commit to the
 * consumer's effect" is compared with. Run as a single source file:
 * java -cp kafka-clients.jar:... bench/RawKafka.java BOOTSTRAP TOPIC COUNT [receipt]
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
        String topic = args[1];
        int count = Integer.parseInt(args[2]);
        boolean receipt = args.length > 3 && args[3].equals("receipt");
        double[] acked = new double[count];
        long[] sent = new long[count];
        long[] received = new long[count];
        CountDownLatch all = new CountDownLatch(count);
        String payload = "{\"type\":\"bench\",\"data\":\"" + "x".repeat(600) + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < 50; i++) {
                producer.send(new ProducerRecord<>(topic, "warm-" + i, payload)).get();
            }
            Thread consumer = null;
            if (receipt) {
                CountDownLatch assigned = new CountDownLatch(1);
                consumer = new Thread(() -> consume(args[0], topic, received, all, assigned));
                consumer.start();
                assigned.await();
            }
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                sent[i] = start;
                producer.send(new ProducerRecord<>(topic, "key-" + i, Integer.toString(i) + " " + payload)).get();
                acked[i] = (System.nanoTime() - start) / 1e6;
                Thread.sleep(20); // as events come: one at a time, not a stream
            }
            if (consumer != null && !all.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException((all.getCount()) + " records not received");
            }
            if (consumer != null) {
                consumer.interrupt();
                consumer.join();
            }
        }
        Arrays.sort(acked);
        String line = String.format("%.1f %.1f", acked[count / 2], acked[(int) Math.ceil(count * 0.99) - 1]);
        if (receipt) {
            double[] took = new double[count];
            for (int i = 0; i < count; i++) {
                took[i] = (received[i] - sent[i]) / 1e6;
            }
            Arrays.sort(took);
            line += String.format(" %.1f %.1f", took[count / 2], took[(int) Math.ceil(count * 0.99) - 1]);
        }
        System.out.println(line);
    }

    /** Takes the measured records (value "i payload") as they come, noting when each arrived. */
    static void consume(String bootstrap, String topic, long[] received, CountDownLatch all, CountDownLatch assigned) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end now, before anything measured is sent
            assigned.countDown();
            while (!Thread.currentThread().isInterrupted() && all.getCount() > 0) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.key().startsWith("key-")) {
                        received[Integer.parseInt(record.value().substring(0, record.value().indexOf(' ')))] = now;
                        all.countDown();
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // stopped after the last record
        }
    }
}
