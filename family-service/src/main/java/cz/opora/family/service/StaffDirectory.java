package cz.opora.family.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organizations' staff as Keycloak knows them: the users of the group whose {@code org} attribute is the
 * organization (the attribute the tokens' {@code org} claim comes from), with their names and Opora realm roles.
 * Read through the Admin REST API with a client-credentials token of a service account that may only view users;
 * each organization's list is kept for {@code cache-ttl}. Service accounts are not staff.
 */
@ApplicationScoped
public class StaffDirectory {
    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final String SERVICE_ACCOUNT = "service-account-";
    @Inject
    java.time.Clock clock;

    @Inject
    StaffDirectoryConfig config;
    @Inject
    ObjectMapper json;

    @Inject
    io.quarkus.tls.TlsConfigurationRegistry tls;

    private volatile HttpClient http;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    /** The list, until when it is reused, and when it was read (a miss re-reads it only if it is older than that). */
    private record Cached(List<StaffMember> staff, Instant until, Instant readAt, Map<String, String> emails) {
    }

    /** A miss re-reads an organization's list at most this often: unknown ids cannot make every lookup a full read. */
    private static final java.time.Duration MISS_REREAD_AFTER = java.time.Duration.ofSeconds(5);

    /** The organization's workers, ordered by name then id. */
    public List<StaffMember> staffOf(String organization) {
        Cached cached = cache.get(organization);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.staff();
        }
        return refresh(organization);
    }

    /** A worker of the organization by user id; a miss asks Keycloak again (a colleague added a minute ago). */
    public Optional<StaffMember> find(String organization, String userId) {
        Optional<StaffMember> found = lookup(staffOf(organization), userId);
        if (found.isPresent()) {
            return found;
        }
        Cached cached = cache.get(organization);
        boolean fresh = cached != null && clock.instant().isBefore(cached.readAt().plus(MISS_REREAD_AFTER));
        return fresh ? Optional.empty() : lookup(refresh(organization), userId);
    }

    /** A worker's e-mail address as Keycloak has it (for notifications); empty when none or not of the organization. */
    public Optional<String> emailOf(String organization, String userId) {
        if (find(organization, userId).isEmpty()) {
            return Optional.empty();
        }
        Cached cached = cache.get(organization);
        return Optional.ofNullable(cached == null ? null : cached.emails().get(userId));
    }

    private static Optional<StaffMember> lookup(List<StaffMember> staff, String userId) {
        return staff.stream().filter(s -> s.id().equals(userId)).findFirst();
    }

    private List<StaffMember> refresh(String organization) {
        List<StaffMember> staff = new ArrayList<>();
        Map<String, String> emails = new java.util.HashMap<>();
        for (JsonNode group : get("/groups?briefRepresentation=false&max=1000")) {
            if (!belongsTo(group, organization)) {
                continue;
            }
            for (JsonNode user : get("/groups/" + group.path("id").asText() + "/members?briefRepresentation=true&max=1000")) {
                String username = user.path("username").asText();
                if (username.startsWith(SERVICE_ACCOUNT) || !user.path("enabled").asBoolean(true)) {
                    continue;
                }
                String id = user.path("id").asText();
                staff.add(new StaffMember(id, name(user), roles(id)));
                String email = user.path("email").asText("");
                if (!email.isBlank()) {
                    emails.put(id, email);
                }
            }
        }
        staff.sort(Comparator.comparing(StaffMember::name).thenComparing(StaffMember::id));
        List<StaffMember> result = List.copyOf(staff);
        Instant now = clock.instant();
        cache.put(organization, new Cached(result, now.plus(config.cacheTtl()), now, Map.copyOf(emails)));
        return result;
    }

    private static boolean belongsTo(JsonNode group, String organization) {
        for (JsonNode org : group.path("attributes").path("org")) {
            if (organization.equals(org.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String name(JsonNode user) {
        String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
        return name.isEmpty() ? user.path("username").asText() : name;
    }

    private List<String> roles(String userId) {
        List<String> roles = new ArrayList<>();
        for (JsonNode role : get("/users/" + userId + "/role-mappings/realm")) {
            String name = role.path("name").asText();
            if (!name.startsWith("default-roles-") && !name.equals("offline_access") && !name.equals("uma_authorization")) {
                roles.add(name);
            }
        }
        roles.sort(Comparator.naturalOrder());
        return roles;
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl() + path)).timeout(config.timeout())
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json").GET().build();
        return send(request, "read the staff");
    }

    private String adminUrl() {
        return config.realmUrl().replaceFirst("/realms/", "/admin/realms/");
    }

    private synchronized String token() {
        if (token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(config.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.realmUrl() + "/protocol/openid-connect/token"))
                .timeout(config.timeout()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode answer = send(request, "sign in to Keycloak");
        token = answer.path("access_token").asText();
        // Renewed ten seconds before it expires.
        tokenExpires = clock.instant().plusSeconds(Math.max(0, answer.path("expires_in").asLong(60) - 10));
        return token;
    }

    private JsonNode send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // The path may name a user: the log says what was attempted, not whom.
                LOG.warnf("Keycloak answered %d when trying to %s", response.statusCode(), what);
                if (response.statusCode() == 401) {
                    token = null;
                }
                throw unavailable(what);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            LOG.warnf("Keycloak unreachable when trying to %s: %s", what, e.getClass().getSimpleName());
            throw unavailable(what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(what);
        }
    }

    private static ProblemException unavailable(String what) {
        return new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "staff-directory-unavailable",
                "Could not " + what + " from the identity provider; try again shortly."));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The HTTP client to Keycloak; where the realm is served with a certificate of the cluster's own CA (Kubernetes),
     * it trusts the TLS configuration the OIDC client uses ({@code opora.staff-directory.tls-configuration-name}).
     */
    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
            config.tlsConfigurationName().flatMap(tls::get).ifPresent(named -> {
                try {
                    builder.sslContext(named.createSSLContext());
                } catch (Exception e) {
                    throw new IllegalStateException("the TLS configuration for Keycloak cannot be used", e);
                }
            });
            client = builder.build();
            http = client;
        }
        return client;
    }
}
