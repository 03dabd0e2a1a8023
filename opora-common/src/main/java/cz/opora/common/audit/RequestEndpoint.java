package cz.opora.common.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoint of the current request as a route template ({@code GET /api/v1/families/{id}}), never the
 * concrete URL: audit rows name the endpoint without copying anything the client put in the path or query.
 */
@RequestScoped
public class RequestEndpoint {
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();
    private String endpoint = "unknown";

    public String get() {
        return endpoint;
    }

    void set(String endpoint) {
        this.endpoint = endpoint;
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
                current.set(request.getMethod() + " " + TEMPLATES.computeIfAbsent(method, Filter::template));
            } catch (NoSuchMethodException e) {
                current.set(request.getMethod() + " " + resource.getResourceClass().getSimpleName() + "." + resource.getMethodName());
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
