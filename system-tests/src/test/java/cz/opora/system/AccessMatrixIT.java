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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix, generated: every operation of the four OpenAPI documents × every demo login of the realm
 * (and no token). The expected outcome is written once, as rules, from the operation's documented roles:
 * <ol>
 *   <li>no token: 401;</li>
 *   <li>a login whose roles the operation does not allow: 403;</li>
 *   <li>an allowed login reading a record by an id that is not its organization's: 404;</li>
 *   <li>an allowed login otherwise: neither 401 nor 403 for its role, and never 5xx.</li>
 * </ol>
 * And every list of family data an allowed login reads leaves exactly one audit row (audit completeness).
 */
@ExtendWith(Stack.class)
class AccessMatrixIT {
    static final ObjectMapper JSON = new ObjectMapper();

    record Login(String username, Set<String> roles) {
    }

    static List<Login> demoLogins() throws IOException {
        JsonNode realm = JSON.readTree(Files.readString(Path.of(System.getProperty("opora.root", "..")).toAbsolutePath()
                .normalize().resolve("deploy/keycloak/opora-realm.json")));
        List<Login> logins = new ArrayList<>();
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asText().startsWith("service-account-")) {
                continue;
            }
            Set<String> roles = new HashSet<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            logins.add(new Login(user.get("username").asText(), roles));
        }
        return logins;
    }

    @Test
    void everyOperationAnswersEveryLoginAsItsRolesSay() throws IOException {
        List<Login> logins = demoLogins();
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
                    Set<String> allowed = new HashSet<>();
                    op.getValue().path("security").forEach(s -> s.path("SecurityScheme").forEach(r -> allowed.add(r.asText())));
                    boolean hasId = path.getKey().contains("{");
                    String label = service + " " + method + " " + path.getKey();

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
                        boolean roleAllowed = allowed.isEmpty() || login.roles().stream().anyMatch(allowed::contains);
                        String who = label + " as " + login.username() + ": " + status;
                        if (!roleAllowed) {
                            count(cells, "role not allowed", status == 403, differences, who + " (expected 403)");
                        } else if (hasId && method.equals("GET")) {
                            count(cells, "another organization's id", status == 404 || (status == 403 && login.roles().contains("auditor")),
                                    differences, who + " (expected 404)");
                        } else {
                            count(cells, "allowed", status != 401 && status < 500, differences, who + " (expected no 401, no 5xx)");
                        }
                    }
                }
            }
        }
        System.out.printf("access matrix: %d operations x %d logins and no token = %d cells %s%n", operations, logins.size(),
                cells.values().stream().mapToInt(Integer::intValue).sum(), cells);
        assertThat(differences).isEmpty();
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
