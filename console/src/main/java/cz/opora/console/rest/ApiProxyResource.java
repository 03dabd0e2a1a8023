package cz.opora.console.rest;

import cz.opora.console.config.ConsoleConfig;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;

/**
 * The backend-for-frontend's forwarding: /api/&lt;service&gt;/&lt;path&gt; goes to that service's /api/v1/&lt;path&gt;
 * with the signed-in user's access token, which stays on the server (the browser holds only the encrypted session
 * cookie). If-Match, If-None-Match, Accept-Language and Idempotency-Key go along. Status, body, ETag and Location
 * come back as the service sent them (Location rewritten to the console).
 */
@Path("/api/{service: family|conference|referral|tutoring|community}/{path: .+}")
@Authenticated
public class ApiProxyResource {
    private static final Logger LOG = Logger.getLogger(ApiProxyResource.class);
    private static final List<String> FORWARDED_REQUEST_HEADERS = List.of(HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.ACCEPT_LANGUAGE, "Idempotency-Key");
    private static final List<String> RETURNED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG, "Retry-After");

    private final HttpClient http = ServiceTarget.HTTP;

    @Inject
    ConsoleConfig config;
    @Inject
    AccessTokenCredential accessToken;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @GET
    public Response get(@PathParam("service") String service, @PathParam("path") String path) {
        return forward("GET", service, path, null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("POST", service, path, body);
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("PUT", service, path, body);
    }

    @DELETE
    public Response delete(@PathParam("service") String service, @PathParam("path") String path) {
        return forward("DELETE", service, path, null);
    }

    private Response forward(String method, String service, String path, byte[] body) {
        URI target = ServiceTarget.resolve(config.services(), service, path, uri.getRequestUri().getRawQuery()).orElse(null);
        if (target == null) {
            return Problems.of(Response.Status.NOT_FOUND, "No such API path");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(config.proxyTimeout())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.getToken())
                .header(HttpHeaders.ACCEPT, "application/json, application/problem+json");
        for (String name : FORWARDED_REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        if (body != null && body.length > 0) {
            MediaType type = headers.getMediaType();
            request.header(HttpHeaders.CONTENT_TYPE, type == null ? MediaType.APPLICATION_JSON : type.toString());
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else if (method.equals("POST") || method.equals("PUT")) {
            request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.warnf("%s %s: no answer within %s", method, service, config.proxyTimeout());
            return Problems.of(Response.Status.GATEWAY_TIMEOUT, "The " + service + " service did not answer in time");
        } catch (IOException e) {
            LOG.warnf("%s %s: %s", method, service, e.getClass().getSimpleName());
            return Problems.of(Response.Status.BAD_GATEWAY, "The " + service + " service is not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Problems.of(Response.Status.SERVICE_UNAVAILABLE, "Interrupted");
        }
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        for (String name : RETURNED_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> response.header(name, value));
        }
        answer.headers().firstValue(HttpHeaders.LOCATION)
                .map(location -> consoleLocation(service, location))
                .ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        if (answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }

    /** The service's own URL of a created resource, as the console's: .../api/v1/x → /api/&lt;service&gt;/x. */
    static String consoleLocation(String service, String location) {
        int at = location.indexOf("/api/v1/");
        return at < 0 ? null : "/api/" + service + "/" + location.substring(at + "/api/v1/".length());
    }
}
