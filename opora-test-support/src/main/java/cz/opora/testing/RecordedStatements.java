package cz.opora.testing;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL the application really sends through Hibernate, as Hibernate hands it to JDBC (with {@code ?} where the
 * values are bound), recorded only while a test asks for it. Every statement passes through unchanged.
 *
 * <p>A service's tests activate it with one line, a subclass the persistence unit picks up:
 * {@code @PersistenceUnitExtension public class StatementRecorder extends RecordedStatements {}} (this module is not
 * indexed, so the class here is no bean by itself). The record is static: one per test JVM.
 */
public class RecordedStatements implements StatementInspector {
    private static final List<String> RECORDED = new ArrayList<>();
    /** The thread that sent each recorded statement, in the same order. */
    private static final List<Thread> THREADS = new ArrayList<>();
    private static volatile boolean recording;
    /** When set, only this thread's statements are recorded (the service's consumers run alongside in the same JVM). */
    private static volatile Thread only;

    @Override
    public String inspect(String sql) {
        if (recording && (only == null || only == Thread.currentThread())) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
                THREADS.add(Thread.currentThread());
            }
        }
        return sql;
    }

    /** Starts recording afresh, every thread's statements (a request served by another thread). */
    public static void start() {
        synchronized (RECORDED) {
            RECORDED.clear();
            THREADS.clear();
        }
        only = null;
        recording = true;
    }

    /** Starts recording afresh, only the statements the calling thread sends. */
    public static void startOnThisThread() {
        synchronized (RECORDED) {
            RECORDED.clear();
            THREADS.clear();
        }
        only = Thread.currentThread();
        recording = true;
    }

    /** Stops recording; what was recorded since {@link #start()}. */
    public static List<String> stop() {
        recording = false;
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    /** What {@code action} returned, and the statements recorded while it ran (with the thread that sent each). */
    public record Recorded<T>(T result, List<String> statements, List<Thread> threads) {
        /**
         * The statements of the thread that sent the first statement starting with {@code marker} (a request is
         * served on one thread: its statements, without those the consumers and jobs sent meanwhile).
         */
        public List<String> ofTheThreadThatSent(String marker) {
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i).startsWith(marker)) {
                    Thread thread = threads.get(i);
                    List<String> own = new ArrayList<>();
                    for (int j = 0; j < statements.size(); j++) {
                        if (threads.get(j) == thread) {
                            own.add(statements.get(j));
                        }
                    }
                    return own;
                }
            }
            throw new AssertionError("no statement starting with " + marker + " in " + statements);
        }
    }

    /** Runs {@code action} and records every thread's statements meanwhile (a request served by another thread). */
    public static <T> Recorded<T> during(java.util.function.Supplier<T> action) {
        start();
        return recorded(action);
    }

    /** Runs {@code action} and records the statements the calling thread sends meanwhile. */
    public static <T> Recorded<T> onThisThreadDuring(java.util.function.Supplier<T> action) {
        startOnThisThread();
        return recorded(action);
    }

    private static <T> Recorded<T> recorded(java.util.function.Supplier<T> action) {
        T result;
        try {
            result = action.get();
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
        List<Thread> threads;
        synchronized (RECORDED) {
            threads = List.copyOf(THREADS);
        }
        return new Recorded<>(result, stop(), threads);
    }
}
