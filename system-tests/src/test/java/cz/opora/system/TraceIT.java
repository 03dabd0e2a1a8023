package cz.opora.system;

import cz.opora.system.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the HTTP request to another service's effect: family-service and referral-service export their spans
 * over real OTLP (http/protobuf) to an {@link OtlpReceiver} in this test; one family registration is followed from
 * family-service's HTTP server span, through the trace context stored with the outbox row and the relay's publish span
 * (whose context the Kafka record carries as its traceparent header), to referral-service's consumer span that applied
 * the event; referral-service's JSON log line about the event carries the same trace and span ids. The two services
 * are restarted with tracing on (referral-service with JSON logs), and restarted again without them afterwards.
 */
@ExtendWith(Stack.class)
class TraceIT {
    static final java.nio.file.Path LOGS = java.nio.file.Path.of(System.getProperty("opora.root", ".."))
            .resolve("system-tests/target/service-logs");
    static OtlpReceiver receiver;

    @BeforeAll
    static void tracingOn() throws Exception {
        receiver = new OtlpReceiver();
        Map<String, String> otlp = Map.of("OTEL_SDK_DISABLED", "false", "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "OTEL_BSP_SCHEDULE_DELAY", "200ms");
        Map<String, String> withJsonLogs = new java.util.HashMap<>(otlp);
        withJsonLogs.put("LOG_JSON", "true");
        Stack.restart(Stack.Service.REFERRAL, withJsonLogs);
        Stack.restart(Stack.Service.FAMILY, otlp);
    }

    @AfterAll
    static void tracingOff() {
        try {
            Stack.restart(Stack.Service.FAMILY);
            Stack.restart(Stack.Service.REFERRAL);
        } finally {
            receiver.close();
        }
    }

    @Test
    void aRegistrationIsOneTraceFromTheHttpRequestThroughTheRelayToReferralServicesConsumer() {
        String familyId = Families.register("sas.dvorak", """
                {"name": "Rodina Stopová", "address": {"municipality": "Brno"},
                 "members": [{"firstName": "Iva", "lastName": "Stopová", "role": "PARENT"}]}""")
                .then().statusCode(201).extract().path("id");
        String[] outbox = outboxRow(familyId);
        String eventId = outbox[0];
        String traceparent = outbox[1];
        assertThat(traceparent).as("the outbox row carries the request's W3C trace context")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        String traceId = traceparent.split("-")[1];

        List<ReceivedSpan> trace = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            trace.clear();
            receiver.spans().stream().filter(s -> s.traceId().equals(traceId)).forEach(trace::add);
            assertThat(consumerSpan(trace, eventId)).as("referral-service's consumer span of event " + eventId).isPresent();
            assertThat(publishSpan(trace, eventId)).as("family-service's relay span of event " + eventId).isPresent();
        });
        ReceivedSpan http = trace.stream()
                .filter(s -> s.service().equals("family-service") && s.kind().equals("SPAN_KIND_SERVER")
                        && "/api/v1/families".equals(s.attributes().get("http.route")))
                .findFirst().orElseThrow(() -> new AssertionError("no HTTP server span of POST /api/v1/families in " + trace));
        ReceivedSpan publish = publishSpan(trace, eventId).orElseThrow();
        ReceivedSpan consumed = consumerSpan(trace, eventId).orElseThrow();

        assertThat(publish.parentSpanId()).as("the relay's span continues the context stored with the outbox row")
                .isEqualTo(traceparent.split("-")[2]);
        assertThat(ancestors(trace, publish)).as("the HTTP request is an ancestor of the relay's publish span")
                .contains(http.spanId());
        assertThat(consumed.parentSpanId()).as("referral-service continues the record's traceparent: the relay's span")
                .isEqualTo(publish.spanId());
        assertThat(consumed.attributes()).containsEntry("opora.consumer.outcome", "applied")
                .containsEntry("opora.event.type", "cz.opora.family.registered");
        assertThat(publish.attributes()).containsEntry("messaging.destination.name", Stack.TOPIC_PREFIX + "opora.family.events");
        // JSON logs: the consumer's line about the event carries the trace and the consumer span's ids.
        List<io.restassured.path.json.JsonPath> lines = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            lines.clear();
            try (var log = java.nio.file.Files.lines(LOGS.resolve("referral-service.log"))) {
                log.filter(l -> l.startsWith("{") && l.contains(eventId)).map(io.restassured.path.json.JsonPath::from).forEach(lines::add);
            }
            assertThat(lines).as("referral-service's JSON log line about event " + eventId).isNotEmpty();
        });
        assertThat(lines.get(0).getString("mdc.traceId")).isEqualTo(traceId);
        assertThat(lines.get(0).getString("mdc.spanId")).isEqualTo(consumed.spanId());
        assertThat(lines.get(0).getString("message")).contains("applied event " + eventId);
        for (ReceivedSpan span : trace) {
            assertThat(span.attributes().toString()).as("no personal data in span " + span.name())
                    .doesNotContain("Stopová", "Iva");
        }
        System.out.printf("TraceIT: trace %s: %d spans, %s%n", traceId, trace.size(),
                trace.stream().map(s -> s.service() + ":" + s.name()).toList());
    }

    static Optional<ReceivedSpan> publishSpan(List<ReceivedSpan> trace, String eventId) {
        return trace.stream().filter(s -> s.service().equals("family-service") && s.kind().equals("SPAN_KIND_PRODUCER")
                && eventId.equals(s.attributes().get("messaging.message.id"))).findFirst();
    }

    static Optional<ReceivedSpan> consumerSpan(List<ReceivedSpan> trace, String eventId) {
        return trace.stream().filter(s -> s.service().equals("referral-service") && s.kind().equals("SPAN_KIND_CONSUMER")
                && s.name().equals("referral-service.family-projection process")
                && eventId.equals(s.attributes().get("messaging.message.id"))).findFirst();
    }

    /** The span ids above {@code span} in the trace, nearest first. */
    static List<String> ancestors(List<ReceivedSpan> trace, ReceivedSpan span) {
        List<String> ids = new ArrayList<>();
        String parent = span.parentSpanId();
        while (!parent.isEmpty() && !ids.contains(parent)) {
            ids.add(parent);
            String current = parent;
            parent = trace.stream().filter(s -> s.spanId().equals(current)).map(ReceivedSpan::parentSpanId).findFirst().orElse("");
        }
        return ids;
    }

    /** The registration event's id and its stored traceparent. */
    static String[] outboxRow(String familyId) {
        try (Connection db = Stack.database(Stack.Service.FAMILY);
             PreparedStatement select = db.prepareStatement("SELECT id, traceparent FROM outbox_event "
                     + "WHERE message_key = ? AND event_type = 'cz.opora.family.registered'")) {
            select.setString(1, UUID.fromString(familyId).toString());
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).as("the registration's outbox row").isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
