import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * consumer's effect" is compared with. With {@code commit JDBC_URL USER PASSWORD} instead, that consumer also writes
 * one row per record in its own PostgreSQL transaction (plain JDBC: insert, commit; the table
 * {@code bench_raw_effect}, made and dropped here), and the line goes on with the p50 and p99 of send-to-commit: the
 * least an effect in a database costs, beside which Opora's effect (its deduplication row, the projection's rows, the
 * audit row) is read. Run as a single source file:
 * java -cp kafka-clients.jar:...[:postgresql.jar] bench/RawKafka.java BOOTSTRAP TOPIC COUNT [receipt | commit URL USER PASSWORD]
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
        if (args.length > 3 && args[3].equals("commit") && args.length != 7) {
            throw new IllegalArgumentException("usage: RawKafka BOOTSTRAP TOPIC COUNT commit JDBC_URL USER PASSWORD");
        }
        boolean commit = args.length > 3 && args[3].equals("commit");
        boolean receipt = commit || args.length > 3 && args[3].equals("receipt");
        double[] acked = new double[count];
        long[] sent = new long[count];
        long[] received = new long[count];
        long[] committed = new long[count];
        CountDownLatch all = new CountDownLatch(count);
        String payload = "{\"type\":\"bench\",\"data\":\"" + "x".repeat(600) + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < 50; i++) {
                producer.send(new ProducerRecord<>(topic, "warm-" + i, payload)).get();
            }
            Thread consumer = null;
            if (receipt) {
                CountDownLatch assigned = new CountDownLatch(1);
                Effect effect = commit ? new Effect(args[4], args[5], args[6]) : null;
                consumer = new Thread(() -> consume(args[0], topic, received, effect, committed, all, assigned));
                consumer.setDaemon(true); // a failure of the producer's side ends the program, not waits for it
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
        String line = p50p99(acked);
        if (receipt) {
            line += " " + p50p99(since(sent, received));
        }
        if (commit) {
            line += " " + p50p99(since(sent, committed));
        }
        System.out.println(line);
    }

    /** "p50 p99" of the milliseconds, nearest rank. */
    static String p50p99(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("%.1f %.1f", sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
    }

    /** Milliseconds from each start to its end (System.nanoTime). */
    static double[] since(long[] start, long[] end) {
        double[] millis = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            millis[i] = (end[i] - start[i]) / 1e6;
        }
        return millis;
    }

    /**
     * Takes the measured records (value "i payload") as they come, noting when each arrived and, with an effect, when
     * its row was committed.
     */
    static void consume(String bootstrap, String topic, long[] received, Effect effect, long[] committed,
                        CountDownLatch all, CountDownLatch assigned) {
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
                        int i = Integer.parseInt(record.value().substring(0, record.value().indexOf(' ')));
                        received[i] = now;
                        if (effect != null) {
                            effect.write(record.key(), record.value());
                            committed[i] = System.nanoTime();
                        }
                        all.countDown();
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // stopped after the last record
        } finally {
            if (effect != null) {
                effect.close();
            }
        }
    }

    /** One row per record, each in its own transaction, on one connection. */
    static final class Effect {
        private final Connection connection;
        private final PreparedStatement insert;

        Effect(String url, String user, String password) {
            try {
                connection = DriverManager.getConnection(url, user, password);
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("DROP TABLE IF EXISTS bench_raw_effect");
                    ddl.execute("CREATE TABLE bench_raw_effect (id text PRIMARY KEY, value text NOT NULL)");
                }
                connection.setAutoCommit(false);
                insert = connection.prepareStatement("INSERT INTO bench_raw_effect (id, value) VALUES (?, ?)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void write(String id, String value) {
            try {
                insert.setString(1, id);
                insert.setString(2, value);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Drops the table; a failure here is reported, not thrown over the one that ended the run. */
        void close() {
            try (Connection c = connection; Statement ddl = c.createStatement()) {
                c.rollback(); // after a failed write the transaction is aborted
                c.setAutoCommit(true);
                ddl.execute("DROP TABLE IF EXISTS bench_raw_effect");
            } catch (SQLException e) {
                System.err.println("bench_raw_effect not dropped: " + e.getMessage());
            }
        }
    }
}
