package cz.opora.common.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context as text ({@code traceparent}), for the hops OpenTelemetry does not instrument by itself: the
 * outbox row written with a change, and the Kafka record its relay sends. It carries ids only (trace id, span id,
 * flags), never data.
 */
public final class TraceContexts {
    /** The header (and outbox column) name, as W3C Trace Context names it. */
    public static final String TRACEPARENT = "traceparent";
    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContexts() {
    }

    /** The traceparent of the span current on this thread, or null when there is none (tracing off). */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of the span in {@code context}, or null when it has no valid span. */
    public static String of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, (c, key, value) -> c.put(key, value));
        return carrier.get(TRACEPARENT);
    }

    /** {@code base} with the remote span named by {@code traceparent} as parent; {@code base} itself when null or malformed. */
    public static Context parent(Context base, String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return base;
        }
        return W3C.extract(base, Map.of(TRACEPARENT, traceparent), GETTER);
    }
}
