package cz.opora.common.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its row version; an update must send it back in
 * {@code If-Match}. Missing answers 428, stale answers 412 with the current ETag.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * For state transitions, which the state machine already serialises: an If-Match that is sent must match, but
     * it may be left out.
     */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireMatch(ifMatch, currentVersion);
        }
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition Required",
                    "Send the resource's ETag in the If-Match header; read the resource first to get it."));
        }
        String current = of(currentVersion).getValue();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(Problem.of(Response.Status.PRECONDITION_FAILED, "stale",
                        "The resource was changed since you read it. Read it again and reapply your change.")
                .with("currentETag", of(currentVersion).toString()), Map.of("ETag", of(currentVersion).toString()));
    }
}
