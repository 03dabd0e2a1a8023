package cz.opora.testing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL the application really sends through Hibernate, as Hibernate hands it to JDBC (with {@code ?} where the
 * values are bound), recorded only while a test asks for it. Every statement passes through unchanged.
 *
 * <p>A service's tests activate it with one line, a subclass the persistence unit picks up:
 * {@code @PersistenceUnitExtension public class StatementRecorder extends RecordedStatements {}} (this module is not
 * indexed, so the class here is no bean by itself). To tell a request's statements from those the service's Kafka
 * consumers and scheduled jobs send meanwhile (on the same worker threads, before and after the request), the tests
 * also register {@code @Provider public class StatementRequestWindow extends RecordedStatements.RequestWindow
 * implements ContainerRequestFilter, ContainerResponseFilter {}} (the interfaces named again: Quarkus REST finds
 * filters in its index, which this module is not part of):
 * each statement is then recorded with whether a thread sent it while serving an HTTP request. The record is static:
 * one per test JVM.
 */
public class RecordedStatements implements StatementInspector {
    private static final List<String> RECORDED = new ArrayList<>();
    /** Whether each recorded statement, in the same order, was sent by a thread serving an HTTP request. */
    private static final List<Boolean> IN_REQUEST = new ArrayList<>();
    /** The threads serving an HTTP request now (between {@link RequestWindow}'s request and response filters). */
    private static final Set<Thread> SERVING = ConcurrentHashMap.newKeySet();
    private static volatile boolean recording;
    /** When set, only this thread's statements are recorded (the service's consumers run alongside in the same JVM). */
    private static volatile Thread only;
    private static volatile boolean windowSeen;

    @Override
    public String inspect(String sql) {
        if (recording && (only == null || only == Thread.currentThread())) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
                IN_REQUEST.add(SERVING.contains(Thread.currentThread()));
            }
        }
        return sql;
    }

    /** Starts recording afresh, every thread's statements (a request served by another thread). */
    public static void start() {
        synchronized (RECORDED) {
            RECORDED.clear();
            IN_REQUEST.clear();
        }
        only = null;
        recording = true;
    }

    /** Starts recording afresh, only the statements the calling thread sends. */
    public static void startOnThisThread() {
        synchronized (RECORDED) {
            RECORDED.clear();
            IN_REQUEST.clear();
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

    /** What {@code action} returned, and the statements recorded while it ran (with whether a request sent each). */
    public record Recorded<T>(T result, List<String> statements, List<Boolean> inRequest) {
        /**
         * The statements sent while serving HTTP requests: those of the request {@code action} made, without what the
         * consumers and jobs sent meanwhile (a test makes one request at a time).
         */
        public List<String> ofTheRequest() {
            if (!windowSeen) {
                throw new AssertionError("no request window: register a @Provider subclass of RecordedStatements.RequestWindow");
            }
            List<String> own = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                if (inRequest.get(i)) {
                    own.add(statements.get(i));
                }
            }
            return own;
        }

        /**
         * The request's statements without the audit events it forwards ({@code AuditLog} writes one outbox row per
         * family read, in the same transaction, by contract: they follow the families on the page, not its size).
         * Fails unless the request wrote its audit row.
         */
        public List<String> ofThePage() {
            List<String> own = ofTheRequest();
            if (own.stream().noneMatch(sql -> sql.startsWith("insert into audit_entry"))) {
                throw new AssertionError("the request wrote no audit row: " + own);
            }
            return own.stream().filter(sql -> !sql.startsWith("insert into outbox_event")).toList();
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
        List<Boolean> inRequest;
        synchronized (RECORDED) {
            inRequest = List.copyOf(IN_REQUEST);
        }
        return new Recorded<>(result, stop(), inRequest);
    }

    /**
     * Marks the thread that serves a request from its request filter to its response filter (a blocking endpoint's
     * filters run on the worker thread that runs the endpoint and its transaction).
     */
    public static class RequestWindow implements ContainerRequestFilter, ContainerResponseFilter {
        private static final String THREAD = RequestWindow.class.getName() + ".thread";

        @Override
        public void filter(ContainerRequestContext request) {
            windowSeen = true;
            request.setProperty(THREAD, Thread.currentThread());
            SERVING.add(Thread.currentThread());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(THREAD) instanceof Thread thread) {
                SERVING.remove(thread);
            }
            SERVING.remove(Thread.currentThread());
        }
    }
}
