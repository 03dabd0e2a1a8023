package cz.opora.common.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its row version; an update must send it back in
 * {@code If-Match}. Only a strong tag of the current version passes ({@code "3"}): {@code *} would skip the check
 * and a weak tag ({@code W/"3"}) does not promise the same representation, so both answer 412 ({@code
 * strong-etag-required}), as does a stale tag (412 {@code stale}, with the current ETag). Missing answers 428 where
 * the header is required.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * For state transitions, which the state machine already serialises: an If-Match that is sent must match (and
     * be strong), but it may be left out.
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
        String current = of(currentVersion).toString();
        boolean matched = false;
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (!isStrong(tag)) {
                throw new ProblemException(Problem.of(Response.Status.PRECONDITION_FAILED, "strong-etag-required",
                        "If-Match must name the strong ETag you read (\"3\"): * and weak W/ tags are not accepted."));
            }
            matched |= tag.equals(current);
        }
        if (!matched) {
            throw new ProblemException(Problem.of(Response.Status.PRECONDITION_FAILED, "stale",
                            "The resource was changed since you read it. Read it again and reapply your change.")
                    .with("currentETag", current), Map.of("ETag", current));
        }
    }

    /** A strong entity tag: a quoted opaque value, not {@code *}, not {@code W/"..."} (RFC 9110 section 8.8.3). */
    private static boolean isStrong(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.indexOf('"', 1) == tag.length() - 1;
    }
}
