package cz.opora.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.testing.Tokens;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix: every operation of the four OpenAPI documents × every demo login of the realm (and no token),
 * against the access policy written by hand in {@code access-policy.tsv} (service, method, path, allowed roles), not
 * against the roles the services document: a wrong {@code @RolesAllowed} would document itself.
 * <ol>
 *   <li>the policy and the OpenAPI documents name the same operations (a new endpoint without a policy row fails, as
 *       does a row without an endpoint), with the same roles (the table and the annotations agree);</li>
 *   <li>no token: 401;</li>
 *   <li>a login whose roles the policy does not allow: 403;</li>
 *   <li>an allowed login reading a record by an id that is not its organization's: 404 (an auditor may get 403);</li>
 *   <li>an allowed login otherwise: neither 401 nor 403, and never 5xx.</li>
 * </ol>
 * And every list of family data an allowed login reads leaves exactly one audit row (audit completeness).
 */
@ExtendWith(Stack.class)
class AccessMatrixIT {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A demo login: its realm roles, its organization (null for the auditor) and that organization's type. */
    record Login(String username, Set<String> roles, String organization, String organizationType) {
    }

    /** A policy row: the roles allowed (empty: any signed-in login) and, where the row names one, the only organization type let past 403. */
    record Rule(Set<String> roles, String organizationType) {
        boolean allows(Login login) {
            return (roles.isEmpty() || login.roles().stream().anyMatch(roles::contains))
                    && (organizationType == null || organizationType.equals(login.organizationType()));
        }
    }

    static List<Login> demoLogins() throws IOException {
        JsonNode realm = JSON.readTree(Files.readString(Path.of(System.getProperty("opora.root", "..")).toAbsolutePath()
                .normalize().resolve("deploy/keycloak/opora-realm.json")));
        Map<String, String> organizationTypes = new HashMap<>();
        realm.path("groups").forEach(g -> organizationTypes.put("/" + g.get("name").asText(), g.path("attributes").path("org_type").path(0).asText(null)));
        List<Login> logins = new ArrayList<>();
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asText().startsWith("service-account-")) {
                continue;
            }
            Set<String> roles = new HashSet<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            String group = user.path("groups").path(0).asText(null);
            logins.add(new Login(user.get("username").asText(), roles, group == null ? null : group.substring(1),
                    organizationTypes.get(group)));
        }
        return logins;
    }

    /** "signed-in" in the policy: any login of the realm (documented in OpenAPI as a security requirement without roles). */
    static final String SIGNED_IN = "signed-in";

    /** The hand-written policy: "family GET /api/v1/families/{id}" to the roles allowed (empty: any signed-in login). */
    static Map<String, Rule> policy() throws IOException {
        Map<String, Rule> policy = new LinkedHashMap<>();
        try (var in = AccessMatrixIT.class.getResourceAsStream("/access-policy.tsv")) {
            assertThat(in).as("access-policy.tsv on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                assertThat(cells.length).as("service, method, path, roles (and an organization type) in: " + line).isBetween(4, 5);
                Set<String> roles = new TreeSet<>(List.of(cells[3].trim().split(" +")));
                if (roles.equals(Set.of(SIGNED_IN))) {
                    roles = Set.of();
                }
                String organizationType = cells.length == 5 ? cells[4].trim().replaceFirst("^org_type=", "") : null;
                assertThat(policy.put(operation(cells[0], cells[1], cells[2]), new Rule(roles, organizationType))).as("one row for " + line).isNull();
            }
        }
        return policy;
    }

    static String operation(String service, String method, String path) {
        return service + " " + method.toUpperCase() + " " + path;
    }

    @Test
    void everyOperationAnswersEveryLoginAsThePolicySays() throws IOException {
        List<Login> logins = demoLogins();
        Map<String, Rule> policy = policy();
        Families.tutorBenes();
        Set<String> unseen = new LinkedHashSet<>(policy.keySet());
        Map<String, Integer> cells = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        int operations = 0;
        for (Stack.Service service : Stack.Service.values()) {
            JsonNode doc = JSON.readTree(given().baseUri(service.url()).get("/q/openapi?format=json").asString());
            for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
                for (var op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                    if (!path.getKey().startsWith("/api/")) {
                        continue;
                    }
                    operations++;
                    String method = op.getKey().toUpperCase();
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    Set<String> documented = new TreeSet<>();
                    op.getValue().path("security").forEach(s -> s.path("SecurityScheme").forEach(r -> documented.add(r.asText())));
                    boolean hasId = path.getKey().contains("{");
                    String label = operation(service.module.replace("-service", ""), method, path.getKey());
                    unseen.remove(label);
                    Rule rule = policy.get(label);
                    if (rule == null) {
                        differences.add(label + ": no row in access-policy.tsv (the service documents " + roles(documented) + ")");
                        continue;
                    }
                    if (!rule.roles().equals(documented)) {
                        differences.add(label + ": access-policy.tsv allows " + roles(rule.roles()) + ", the service documents " + roles(documented));
                    }

                    int anonymous = call(given().baseUri(service.url()), method, concrete);
                    count(cells, "no token", anonymous == 401, differences, label + " without a token: " + anonymous);
                    boolean familyDataList = method.equals("GET") && !hasId && FAMILY_DATA_LISTS.matcher(path.getKey()).find();
                    String endpoint = method + " " + path.getKey();
                    for (Login login : logins) {
                        long auditBefore = familyDataList ? audit(service, login.username(), endpoint) : 0;
                        int status = call(given().baseUri(service.url()).auth().oauth2(Tokens.user(login.username())), method, concrete);
                        if (familyDataList && status == 200) {
                            count(cells, "audit rows of a read", audit(service, login.username(), endpoint) - auditBefore == 1,
                                    differences, label + " as " + login.username() + ": not exactly one audit row");
                        }
                        boolean roleAllowed = rule.allows(login);
                        String who = label + " as " + login.username() + ": " + status;
                        if (!roleAllowed) {
                            count(cells, "role not allowed", status == 403, differences, who + " (expected 403)");
                        } else if (hasId && method.equals("GET")) {
                            count(cells, "another organization's id", status == 404 || (status == 403 && login.roles().contains("auditor")),
                                    differences, who + " (expected 404)");
                        } else {
                            count(cells, "allowed", status != 401 && status != 403 && status < 500, differences,
                                    who + " (expected no 401, no 403, no 5xx)");
                        }
                    }
                }
            }
        }
        unseen.forEach(row -> differences.add(row + ": a row of access-policy.tsv that no OpenAPI document has"));
        System.out.printf("access matrix: %d policy rows, %d operations x %d logins and no token = %d cells %s%n", policy.size(), operations, logins.size(),
                cells.values().stream().mapToInt(Integer::intValue).sum(), cells);
        assertThat(differences).isEmpty();
    }

    /**
     * tutor.benes registered as a tutor of the programme (once; TutoringIT finds the same record), so that the tutor's
     * allowed reads answer as a tutor's (a login with the tutor role not registered as one is refused, 403 not-a-tutor).
     */
    static String roles(Set<String> roles) {
        return roles.isEmpty() ? SIGNED_IN : String.join(" ", roles);
    }

    /** GET endpoints that list family data: each read by an allowed login must leave exactly one audit row. */
    static final java.util.regex.Pattern FAMILY_DATA_LISTS = java.util.regex.Pattern.compile(
            "/api/v1/(families|shared-families|deadlines|referrals|case-conferences|family-conferences(/awaiting-coordinator)?|conferences|matches)$");

    /** The service's own audit rows of this login and route (not reads elsewhere reported to family-service). */
    static long audit(Stack.Service service, String username, String endpoint) {
        return Families.count(service, "SELECT count(*) FROM audit_entry WHERE actor_username = ? AND endpoint = ? AND source_service IS NULL", username, endpoint);
    }

    static void count(Map<String, Integer> cells, String kind, boolean ok, List<String> differences, String difference) {
        cells.merge(kind, 1, Integer::sum);
        if (!ok) {
            differences.add(difference);
        }
    }

    static int call(RequestSpecification request, String method, String path) {
        if (method.equals("POST") || method.equals("PUT")) {
            request = request.contentType("application/json").header("If-Match", "\"0\"").body("{}");
        }
        return request.request(method, path).then().extract().statusCode();
    }
}
