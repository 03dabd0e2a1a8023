package cz.opora.common.outbox;

import cz.opora.common.tracing.TraceContexts;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The relay's hop of a trace: a PRODUCER span "{topic} publish" whose parent is the trace context stored with the
 * outbox row (the request that wrote the change), from the send to Kafka's acknowledgement; the record carries that
 * span as its {@code traceparent} header, which the consumer continues ({@code IdempotentConsumer}). Attributes are
 * ids and names only (event id and type, topic), never the event's data.
 */
@ApplicationScoped
public class OutboxTracing {
    @Inject
    Tracer tracer;

    /** Starts the publish span of one outbox row and puts its trace context on the record. */
    Span publishing(ProducerRecord<String, String> record, UUID eventId, String eventType, String storedTraceparent) {
        Span span = tracer.spanBuilder(record.topic() + " publish")
                .setParent(TraceContexts.parent(Context.root(), storedTraceparent))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "publish")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", eventId.toString())
                .setAttribute("opora.event.type", eventType)
                .startSpan();
        String traceparent = span.getSpanContext().isValid() ? TraceContexts.of(Context.root().with(span)) : storedTraceparent;
        if (traceparent != null) {
            record.headers().add(new RecordHeader(TraceContexts.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8)));
        }
        return span;
    }

    /** Ends a publish span: acknowledged by Kafka, or not (the relay will send the row again). */
    static void end(Span span, boolean acknowledged) {
        if (!acknowledged) {
            span.setStatus(StatusCode.ERROR, "not acknowledged by Kafka");
        }
        span.end();
    }
}
