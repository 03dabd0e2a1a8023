package cz.opora.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the real Keycloak (realm {@code opora}): a demo user's by password through the public
 * {@code opora-cli} client, or the partner application's by client credentials. Cached until shortly before expiry.
 */
public final class Tokens {
    public static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String realmUrl() {
        String port = System.getenv().getOrDefault("OPORA_KEYCLOAK_PORT", "8180");
        return System.getProperty("opora.oidc.url", "http://localhost:" + port + "/realms/opora");
    }

    /** A demo user's access token (password {@value #DEMO_PASSWORD}). */
    public static String user(String username) {
        return CACHE.compute("user:" + username, (k, cached) -> fresh(cached) ? cached : fetch(Map.of(
                "grant_type", "password", "client_id", "opora-cli", "username", username, "password", DEMO_PASSWORD)))
                .token;
    }

    /** The access token of the partner application of organization sas-sever (client credentials). */
    public static String partnerSasSever() {
        return CACHE.compute("client:partner-sas-sever", (k, cached) -> fresh(cached) ? cached : fetch(Map.of(
                "grant_type", "client_credentials", "client_id", "partner-sas-sever",
                "client_secret", "partner-sas-sever-demo-secret"))).token;
    }

    /**
     * A valid token of this realm for a demo user, but from Keycloak's built-in {@code admin-cli} client, which
     * does not add the {@code opora-api} audience: services must refuse it.
     */
    public static String userWithoutOporaAudience(String username) {
        return CACHE.compute("admin-cli:" + username, (k, cached) -> fresh(cached) ? cached : fetch(realmUrl(), Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", username, "password", DEMO_PASSWORD)))
                .token;
    }

    /** A valid token of another realm (master's administrator): services must refuse it. */
    public static String otherRealm() {
        String master = realmUrl().replace("/realms/opora", "/realms/master");
        return CACHE.compute("master:admin", (k, cached) -> fresh(cached) ? cached : fetch(master, Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))).token;
    }

    /** The Keycloak user id (token subject) of a demo user. */
    public static String subject(String username) {
        String payload = user(username).split("\\.")[1];
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean fresh(Cached cached) {
        return cached != null && Instant.now().isBefore(cached.expires.minusSeconds(60));
    }

    private static Cached fetch(Map<String, String> form) {
        return fetch(realmUrl(), form);
    }

    private static Cached fetch(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new Cached(json.get("access_token").asText(), Instant.now().plusSeconds(json.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + realmUrl()
                    + "; start it with deploy/local/infra up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String token, Instant expires) {
    }
}
