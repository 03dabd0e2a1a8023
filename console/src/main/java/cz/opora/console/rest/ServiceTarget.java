package cz.opora.console.rest;

import cz.opora.console.config.ConsoleConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service and path a call under /api/&lt;service&gt;/... goes to. Only the services' /api/v1 is reachable
 * (never their /q/ endpoints), and a path is plain segments: no "..", no encoded slashes, no empty segments.
 */
public final class ServiceTarget {
    /** The client every call to a service goes through: a short connect timeout, redirects never followed. */
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

    private ServiceTarget() {
    }

    public static Optional<URI> resolve(ConsoleConfig.Services services, String service, String path, String rawQuery) {
        URI base = switch (service) {
            case "family" -> services.family();
            case "conference" -> services.conference();
            case "referral" -> services.referral();
            case "tutoring" -> services.tutoring();
            case "community" -> services.community();
            default -> null;
        };
        if (base == null || path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        String root = base.toString().replaceAll("/+$", "");
        try {
            return Optional.of(URI.create(root + "/api/v1/" + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
