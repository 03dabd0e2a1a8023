package cz.opora.console.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery: a state-changing call under /api must carry the header the console's own API client
 * sends ({@value #HEADER}: {@value #VALUE}); a form or an image on another site cannot set a custom header, and a
 * cross-origin script cannot either without a CORS preflight, which the console does not answer. When the browser
 * sends an Origin, it must be the console's own. (The session cookie is SameSite=Lax and HttpOnly besides.)
 */
public class CsrfFilter {
    public static final String HEADER = "X-Requested-With";
    public static final String VALUE = "JavaScript";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        if (!VALUE.equals(request.getHeaderString(HEADER))) {
            return Problems.of(Response.Status.FORBIDDEN, "A state-changing call needs the header " + HEADER + ": " + VALUE);
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getUriInfo().getRequestUri())) {
            return Problems.of(Response.Status.FORBIDDEN, "Cross-origin call refused");
        }
        return null;
    }

    public static boolean sameOrigin(String origin, URI request) {
        try {
            URI o = URI.create(origin);
            return o.getScheme() != null && o.getScheme().equalsIgnoreCase(request.getScheme())
                    && o.getHost() != null && o.getHost().equalsIgnoreCase(request.getHost()) && port(o) == port(request);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
