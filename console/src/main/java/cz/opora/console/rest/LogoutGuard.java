package cz.opora.console.rest;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

/**
 * Signing out is a POST from the console's own page (the header's "Odhlásit se" form): a link or an image on
 * another site cannot sign the user out. Runs before quarkus-oidc, which handles the logout path (RP-initiated
 * logout at Keycloak) on whatever method reaches it: anything but POST gets 405, a POST whose Origin is missing or
 * another site's gets 403.
 */
@ApplicationScoped
public class LogoutGuard {
    static final String PATH = "/logout";

    void install(@Observes Router router) {
        router.route(PATH).order(Integer.MIN_VALUE + 10).handler(this::check);
    }

    void check(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.response().putHeader("Allow", "POST");
            refuse(context, 405, "Method Not Allowed", "Sign out with a POST from the console's page");
            return;
        }
        String origin = context.request().getHeader("Origin");
        if (origin == null || !CsrfFilter.sameOrigin(origin, URI.create(context.request().absoluteURI()))) {
            refuse(context, 403, "Forbidden", "Cross-origin sign-out refused");
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status).putHeader("Content-Type", Problems.PROBLEM_JSON)
                .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                        .put("detail", detail).encode());
    }
}
