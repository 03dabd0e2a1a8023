package cz.opora.common.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.common.config.HttpLimitsConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a request whose declared body is larger than {@code opora.http.max-body-size} with a 413 problem,
 * before anything reads it. (Quarkus's own limit, set higher, still guards bodies sent without a length; it
 * answers 413 without a body.)
 */
@ApplicationScoped
public class BodySizeLimit {
    @Inject
    HttpLimitsConfig limits;
    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = limits.maxBodySize().asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, limit)) {
                Problem problem = Problem.of(413, "body-too-large", "Content Too Large",
                        "The request body is larger than " + (limit / 1024) + " KiB.");
                String body;
                try {
                    body = json.writeValueAsString(problem);
                } catch (Exception e) {
                    body = "{\"status\":413}";
                }
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            context.next();
        });
    }

    private static boolean tooLarge(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
