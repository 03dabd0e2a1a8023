package cz.opora.common.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint of the current request as a route template ({@code GET /api/v1/families/{id}}), never the
 * concrete URL: audit rows name the endpoint without copying anything the client put in the path or query.
 * Also the record the request went through, when the route addresses one by id: {@code /api/v1/referrals/{id}/...}
 * is through referral {@code id}, {@code /api/v1/matches/{id}} through match {@code id} (the "why" of a read of
 * family data in the family's access log). Only a UUID is kept; a route that addresses the family itself has none.
 */
@RequestScoped
public class RequestEndpoint {
    private static final Map<Method, Route> ROUTES = new ConcurrentHashMap<>();
    private static final Pattern FIRST_PARAMETER = Pattern.compile("/([a-z-]+)/\\{([A-Za-z0-9_]+)}");
    private String endpoint = "unknown";
    private String throughType;
    private UUID throughId;

    public String get() {
        return endpoint;
    }

    /** The kind of record the request addressed by id ({@code referral}, {@code case-conference}...), or null. */
    public String throughType() {
        return throughType;
    }

    /** The id of that record, or null. */
    public UUID throughId() {
        return throughId;
    }

    void set(String endpoint) {
        this.endpoint = endpoint;
    }

    void through(String type, UUID id) {
        this.throughType = id == null ? null : type;
        this.throughId = id;
    }

    /** A matched resource method's template and, if its path addresses a record by id, the record's kind. */
    record Route(String template, String throughType, String throughParameter) {
        static Route of(String template) {
            Matcher first = FIRST_PARAMETER.matcher(template);
            if (!first.find()) {
                return new Route(template, null, null);
            }
            String kind = singular(first.group(1));
            return kind.equals(AuditLog.FAMILY) ? new Route(template, null, null) : new Route(template, kind, first.group(2));
        }

        /** {@code referrals} → {@code referral}, {@code matches} → {@code match}, {@code families} → {@code family}. */
        static String singular(String collection) {
            if (collection.endsWith("ies")) {
                return collection.substring(0, collection.length() - 3) + "y";
            }
            if (collection.endsWith("ches") || collection.endsWith("sses")) {
                return collection.substring(0, collection.length() - 2);
            }
            return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        }
    }

    /** Captures the matched resource method for the request. */
    public static class Filter {
        @jakarta.inject.Inject
        RequestEndpoint current;

        @ServerRequestFilter
        public void capture(ContainerRequestContext request, SimpleResourceInfo resource) {
            if (resource == null || resource.getResourceClass() == null) {
                return;
            }
            try {
                Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
                Route route = ROUTES.computeIfAbsent(method, m -> Route.of(template(m)));
                current.set(request.getMethod() + " " + route.template());
                if (route.throughType() != null) {
                    current.through(route.throughType(),
                            uuid(request.getUriInfo().getPathParameters().getFirst(route.throughParameter())));
                }
            } catch (NoSuchMethodException e) {
                current.set(request.getMethod() + " " + resource.getResourceClass().getSimpleName() + "." + resource.getMethodName());
            }
        }

        private static UUID uuid(String text) {
            try {
                return text == null ? null : UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String template(Method method) {
            Path classPath = method.getDeclaringClass().getAnnotation(Path.class);
            Path methodPath = method.getAnnotation(Path.class);
            String base = classPath == null ? "" : classPath.value();
            String sub = methodPath == null ? "" : methodPath.value();
            String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
            return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        }
    }
}
