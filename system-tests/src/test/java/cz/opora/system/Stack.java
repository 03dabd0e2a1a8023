package cz.opora.system;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The suite as it runs for real: PostgreSQL, Kafka and Keycloak from deploy/local/infra (started when not
 * running), and the five services as separate processes from their packaged jars, on their own ports, with the
 * test databases and "test."-prefixed topics; each process has its own management port (health, metrics). Started once per test JVM, stopped when the tests end.
 */
public final class Stack implements BeforeAllCallback, AutoCloseable {
    public enum Service {
        FAMILY("family-service", 18081), CONFERENCE("conference-service", 18082),
        REFERRAL("referral-service", 18083), TUTORING("tutoring-service", 18084),
        COMMUNITY("community-service", 18085);

        final String module;
        final int port;
        /** Health and metrics: the management interface, by default the API port + 1000 (19081..19085). */
        final int managementPort;

        Service(String module, int port) {
            this.module = module;
            this.port = Integer.getInteger("opora.it." + module + ".port", port);
            this.managementPort = Integer.getInteger("opora.it." + module + ".management-port", this.port + 1000);
        }

        /** The API port: /api/v1 and the OpenAPI document. */
        public String url() {
            return "http://localhost:" + port;
        }

        /** The management interface: /q/health/*, /q/metrics. */
        public String managementUrl() {
            return "http://localhost:" + managementPort;
        }

        String database() {
            return "opora_" + module.replace("-service", "") + "_test";
        }
    }

    public static final String TOPIC_PREFIX = "test.";
    /** How long a started service may take to be ready (opora.it.ready-seconds; a machine shared by several builds needs more). */
    static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("opora.it.ready-seconds", 300));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path ROOT = Path.of(System.getProperty("opora.root", "..")).toAbsolutePath().normalize();
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private static volatile Stack running;
    /** The staff console (console/target/quarkus-app), started on first use by a browser test. */
    public static final int CONSOLE_PORT = Integer.getInteger("opora.it.console.port", 18080);
    private Process console;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class, k -> {
            Stack stack = new Stack();
            stack.start();
            return stack;
        }, Stack.class);
    }

    private void start() {
        running = this;
        // Referrals and conferences take If-Match on every change: the flows read before they write.
        io.restassured.RestAssured.filters(cz.opora.testing.ReadBeforeWrite.INSTANCE);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "opora-stack-stop"));
        infra("up");
        for (Service service : Service.values()) {
            startService(service);
        }
        for (Service service : Service.values()) {
            awaitReady(service, READY_WITHIN);
        }
    }

    void startService(Service service) {
        startService(service, Map.of());
    }

    /** Starts the service's process with some environment variables overridden (e.g. Kafka through a proxy). */
    void startService(Service service, Map<String, String> overrides) {
        Path jar = ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify builds everything)");
        }
        Path logs = ROOT.resolve("system-tests/target/service-logs");
        try {
            Files.createDirectories(logs);
            // A killed or cut-off consumer's partitions go to its successor after 10 s, not Kafka's default 45 s.
            ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx384m", "-Dkafka.session.timeout.ms=10000",
                    "-Dkafka.heartbeat.interval.ms=3000", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.module + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("HTTP_PORT", Integer.toString(service.port));
            env.put("MANAGEMENT_PORT", Integer.toString(service.managementPort));
            env.put("DB_URL", "jdbc:postgresql://localhost:" + pgPort() + "/" + service.database());
            env.put("OPORA_TOPIC_PREFIX", TOPIC_PREFIX);
            env.put("OPORA_OUTBOX_MAX_BACKOFF", "2s");
            env.putAll(overrides);
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service.module, e);
        }
    }

    /** Kills the service's process with SIGKILL (no shutdown hooks, no graceful close), and waits until it is gone. */
    public static void kill(Service service) throws InterruptedException {
        Process process = running.processes.get(service);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(service.module + " survived SIGKILL");
        }
    }

    /** Starts the service's process again and waits until it is ready. */
    public static void restart(Service service) {
        restart(service, Map.of());
    }

    /** Stops the service (gracefully) and starts it again with some environment variables overridden. */
    public static void restart(Service service, Map<String, String> overrides) {
        Process process = running.processes.get(service);
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        running.startService(service, overrides);
        awaitReady(service, READY_WITHIN);
    }

    /** The local broker's port for clients that should reach it through a test's proxy (deploy/local/infra). */
    public static int kafkaProxyPort() {
        return Integer.parseInt(System.getenv().getOrDefault("OPORA_KAFKA_PORT", "9092")) + 3;
    }

    /** The broker's listener a test's proxy forwards to. */
    public static int kafkaProxiedPort() {
        return Integer.parseInt(System.getenv().getOrDefault("OPORA_KAFKA_PORT", "9092")) + 2;
    }

    static void awaitReady(Service service, Duration within) {
        try {
            Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(service.module + " did not become ready within " + within
                    + "; see system-tests/target/service-logs/" + service.module + ".log", e);
        }
    }

    /**
     * The staff console's URL: its process is started the first time a test asks (the other tests do not pay for
     * it), pointed at the services' test ports and the local Keycloak, and stopped with the stack.
     */
    public static String consoleUrl() {
        return running.startConsole();
    }

    private synchronized String startConsole() {
        String url = "http://localhost:" + CONSOLE_PORT;
        if (console != null && console.isAlive()) {
            return url;
        }
        Path jar = ROOT.resolve("console/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the console first (./mvnw verify builds everything)");
        }
        Path logs = ROOT.resolve("system-tests/target/service-logs");
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx256m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("OPORA_CONSOLE_PORT", Integer.toString(CONSOLE_PORT));
            env.put("OPORA_FAMILY_URL", Service.FAMILY.url());
            env.put("OPORA_CONFERENCE_URL", Service.CONFERENCE.url());
            env.put("OPORA_REFERRAL_URL", Service.REFERRAL.url());
            env.put("OPORA_TUTORING_URL", Service.TUTORING.url());
            env.put("OPORA_COMMUNITY_URL", Service.COMMUNITY.url());
            console = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the console", e);
        }
        try {
            Awaitility.await().atMost(Duration.ofSeconds(Math.max(60, Long.getLong("opora.it.ready-seconds", 60))))
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the console did not become ready; see system-tests/target/service-logs/console.log", e);
        }
        return url;
    }

    /** Runs deploy/local/infra with the given arguments (up; stop kafka; start kafka; ...). */
    public static void infra(String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(ROOT.resolve("deploy/local/infra").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/infra " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Connection database(Service service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort() + "/" + service.database(), "opora", "opora");
    }

    static String pgPort() {
        return System.getenv().getOrDefault("OPORA_PG_PORT", "5432");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        if (console != null) {
            console.destroy();
        }
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
