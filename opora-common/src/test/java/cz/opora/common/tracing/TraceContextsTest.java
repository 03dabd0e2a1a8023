package cz.opora.common.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The W3C trace context as the outbox stores it and the Kafka header carries it: ids only, round-tripped. */
@Tag("fast")
class TraceContextsTest {
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aStoredTraceparentBecomesTheRemoteParentAndIsWrittenBackUnchanged() {
        Context parent = TraceContexts.parent(Context.root(), TRACEPARENT);
        SpanContext span = Span.fromContext(parent).getSpanContext();
        assertThat(span.isRemote()).isTrue();
        assertThat(span.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(span.getSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(TraceContexts.of(parent)).isEqualTo(TRACEPARENT);
    }

    @Test
    void withoutATraceThereIsNothingToStoreAndNothingToContinue() {
        assertThat(TraceContexts.current()).isNull();
        assertThat(TraceContexts.parent(Context.root(), null)).isSameAs(Context.root());
        assertThat(Span.fromContext(TraceContexts.parent(Context.root(), "not a traceparent")).getSpanContext().isValid()).isFalse();
    }

    @Test
    void theCurrentSpansContextIsWhatAnOutboxRowStores() {
        SpanContext local = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(),
                TraceState.getDefault());
        try (var ignored = Context.root().with(Span.wrap(local)).makeCurrent()) {
            assertThat(TraceContexts.current()).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        }
    }
}
