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

    /**
     * A cached token is handed out only while it has five minutes left (the realm's tokens live 15): a test may hold
     * the token it got for minutes (a burst through an outage), and a token close to its end would expire in its hands.
     */
    private static boolean fresh(Cached cached) {
        return cached != null && Instant.now().isBefore(cached.expires.minusSeconds(300));
    }

    /**
     * A token that expires one second after it is issued: from a test-owned copy of the opora-cli client (same
     * mappers, access-token lifespan 1 s), created through Keycloak's admin API the first time.
     */
    public static String shortLived(String username) {
        ensureShortLivedClient();
        return fetch(Map.of("grant_type", "password", "client_id", SHORT_LIVED_CLIENT, "username", username,
                "password", DEMO_PASSWORD)).token;
    }

    /** The same claims with the signature of another key: the last bytes of the signature changed. */
    public static String wrongSignature(String token) {
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String signature = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        return parts[0] + "." + parts[1] + "." + signature;
    }

    /** The token's claims under header {"alg":"none"} and no signature. */
    public static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The token with one claim changed (and its original signature): tampering. */
    public static String withClaim(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        try {
            com.fasterxml.jackson.databind.node.ObjectNode payload = (com.fasterxml.jackson.databind.node.ObjectNode)
                    JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
            payload.put(claim, value);
            return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String SHORT_LIVED_CLIENT = "opora-test-short-lived";

    private static synchronized void ensureShortLivedClient() {
        String base = realmUrl().replace("/realms/opora", "");
        String admin = fetch(base + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", System.getenv().getOrDefault("OPORA_KEYCLOAK_ADMIN", "admin"),
                "password", System.getenv().getOrDefault("OPORA_KEYCLOAK_ADMIN_PASSWORD", "admin"))).token;
        try {
            HttpResponse<String> existing = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/opora/clients?clientId="
                    + SHORT_LIVED_CLIENT)).header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (existing.statusCode() == 200 && JSON.readTree(existing.body()).size() > 0) {
                return;
            }
            HttpResponse<String> cli = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/opora/clients?clientId=opora-cli"))
                    .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
            com.fasterxml.jackson.databind.node.ObjectNode client = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(cli.body()).get(0);
            client.remove("id");
            client.put("clientId", SHORT_LIVED_CLIENT);
            client.with("attributes").put("access.token.lifespan", "1");
            client.withArray("protocolMappers").forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove("id"));
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/opora/clients"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(client.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("could not create the short-lived test client: " + created.statusCode() + " " + created.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
