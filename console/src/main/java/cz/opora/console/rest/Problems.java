package cz.opora.console.rest;

import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The console's own errors, as application/problem+json like the services' (no stack traces, no personal data). */
final class Problems {
    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Response of(Response.Status status, String detail) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.getStatusCode(),
                        "detail", detail))
                .build();
    }
}
