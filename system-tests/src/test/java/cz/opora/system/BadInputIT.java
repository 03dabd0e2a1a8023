package cz.opora.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.testing.Tokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based bad input over every request body of every service, generated from their OpenAPI documents: for
 * each operation, inputs derived from its schema (each field missing, of the wrong type, null, huge, with extra
 * fields) and random ones (any JSON value, deep nesting, huge arrays, invalid UTF-8, not JSON). The properties: the
 * answer is never a 5xx, and a body that tries to set the owning organization, the id, the state or the version is
 * never obeyed (those fields are not part of any input and are ignored; an accepted body's answer shows none of them). The generator is seeded (printed), so a failure can be replayed.
 */
@ExtendWith(Stack.class)
class BadInputIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Map<Stack.Service, String> USERS = Map.of(Stack.Service.FAMILY, "sas.dvorak", Stack.Service.REFERRAL, "sas.dvorak",
            Stack.Service.CONFERENCE, "ospod.novakova", Stack.Service.TUTORING, "klub.vesela");

    record Operation(Stack.Service service, String method, String path, JsonNode schema, JsonNode components) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    @Test
    void noRequestBodyMakesAnyServiceAnswer5xx() throws Exception {
        long seed = Long.getLong("opora.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.printf("bad input: seed %d (replay with -Dopora.fuzz.seed=%d)%n", seed, seed);
        List<Operation> operations = new ArrayList<>();
        for (Stack.Service service : Stack.Service.values()) {
            JsonNode doc = JSON.readTree(given().baseUri(service.url()).get("/q/openapi?format=json").asString());
            doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                JsonNode body = op.getValue().at("/requestBody/content/application~1json/schema");
                if (!body.isMissingNode()) {
                    operations.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(), body, doc.path("components")));
                }
            }));
        }
        assertThat(operations).hasSizeGreaterThan(50);
        int tried = 0;
        int obeyedChecked = 0;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            JsonNode schema = resolve(op.schema(), op.components());
            ObjectNode valid = example(schema, op.components(), random, 0);
            String token = authorised(op, valid);
            List<byte[]> inputs = new ArrayList<>();
            inputs.add(valid.toString().getBytes(StandardCharsets.UTF_8));
            for (Iterator<String> it = valid.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                for (JsonNode bad : List.of(NODES.nullNode(), NODES.numberNode(random.nextInt()), NODES.textNode("x".repeat(100_000)),
                        NODES.booleanNode(true), NODES.arrayNode().add("a"), NODES.objectNode().put("k", "v"), NODES.textNode(""))) {
                    ObjectNode copy = valid.deepCopy();
                    copy.set(field, bad);
                    inputs.add(copy.toString().getBytes(StandardCharsets.UTF_8));
                }
                ObjectNode without = valid.deepCopy();
                without.remove(field);
                inputs.add(without.toString().getBytes(StandardCharsets.UTF_8));
            }
            ObjectNode extra = valid.deepCopy();
            String injectedId = UUID.randomUUID().toString();
            extra.put("organization", "nobody-else").put("owningOrganization", "nobody-else").put("id", injectedId)
                    .put("status", "CLOSED").put("version", 99);
            byte[] massAssignment = extra.toString().getBytes(StandardCharsets.UTF_8);
            inputs.add(massAssignment);
            for (int i = 0; i < 6; i++) {
                inputs.add(randomJson(random, 0).toString().getBytes(StandardCharsets.UTF_8));
            }
            inputs.add(("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
            ArrayNode huge = NODES.arrayNode();
            for (int i = 0; i < 20_000; i++) {
                huge.add(i);
            }
            inputs.add(huge.toString().getBytes(StandardCharsets.UTF_8));
            inputs.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            inputs.add("{not json".getBytes(StandardCharsets.UTF_8));
            inputs.add(new byte[0]);
            for (byte[] input : inputs) {
                Response response = given().baseUri(op.service().url()).auth().oauth2(token).contentType("application/json")
                        .header("If-Match", "\"0\"").body(input).request(op.method(), op.concretePath());
                tried++;
                statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                if (input == massAssignment && response.statusCode() < 300) {
                    obeyedChecked++;
                    String answer = response.asString();
                    if (answer.contains(injectedId) || answer.contains("nobody-else") || answer.contains("\"version\":99")
                            || answer.contains("\"status\":\"CLOSED\"")) {
                        failures.add(op.service() + " " + op.method() + " " + op.path() + " obeyed a field that sets the owner, "
                                + "id, state or version: " + answer);
                    }
                }
                if (response.statusCode() >= 500) {
                    failures.add(op.service() + " " + op.method() + " " + op.path() + " -> " + response.statusCode() + " for "
                            + new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8));
                }
            }
        }
        System.out.printf("bad input: %d inputs to %d operations; answers %s; owner, id, state and version ignored on all %d "
                + "operations that accepted the body%n", tried, operations.size(), statuses, obeyedChecked);
        assertThat(failures).as("no 5xx (seed " + seed + ")").isEmpty();
    }

    /** A token of a demo user whose role may call the operation (so that its body is read, not refused at the door). */
    static String authorised(Operation op, ObjectNode example) {
        for (String user : List.of(USERS.get(op.service()), "admin.sas", "ospod.novakova", "rk.koordinator", "tutor.benes",
                "klub.vesela", "sas.kralova")) {
            String token = Tokens.user(user);
            int status = given().baseUri(op.service().url()).auth().oauth2(token).contentType("application/json")
                    .header("If-Match", "\"0\"").body(example.toString()).request(op.method(), op.concretePath()).statusCode();
            if (status != 403) {
                return token;
            }
        }
        return Tokens.user(USERS.get(op.service()));
    }

    static JsonNode resolve(JsonNode schema, JsonNode components) {
        while (schema.has("$ref")) {
            schema = components.at("/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0), components);
        }
        return schema;
    }

    /** A plausible value for every property of the schema (valid or not, it is only the starting point). */
    static ObjectNode example(JsonNode schema, JsonNode components, Random random, int depth) {
        ObjectNode node = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(), value(resolve(p.getValue(), components),
                components, random, depth + 1)));
        return node;
    }

    static JsonNode value(JsonNode schema, JsonNode components, Random random, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> depth > 4 ? NODES.objectNode() : example(schema, components, random, depth);
            case "array" -> NODES.arrayNode().add(value(resolve(schema.path("items"), components), components, random, depth + 1));
            case "integer", "number" -> NODES.numberNode(1 + random.nextInt(5));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> switch (format) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2026-12-01");
                case "date-time" -> NODES.textNode("2026-12-01T10:00:00Z");
                default -> NODES.textNode("test " + random.nextInt(1000));
            };
        };
    }

    static JsonNode randomJson(Random random, int depth) {
        int pick = depth > 3 ? random.nextInt(4) : random.nextInt(6);
        return switch (pick) {
            case 0 -> NODES.textNode(randomString(random));
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(randomString(random), randomJson(random, depth + 1));
                }
                yield object;
            }
        };
    }

    static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x20 + random.nextInt(0x2FF)));
        }
        return s.toString();
    }

    /**
     * Mass assignment, record by record: fields that would set the owning organization, the id, the state, the version
     * or who maintains a record are not part of any input; a request that sends them gets the record the caller may
     * create, owned by the caller's organization.
     */
    @Test
    void fieldsThatSetTheOwnerIdStateOrVersionAreNeverObeyed() {
        String injected = UUID.randomUUID().toString();
        Response family = given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user("sas.dvorak")).contentType("application/json")
                .body("""
                        {"name": "Rodina Přiřazená", "address": {"municipality": "Brno"}, "id": "%s", "owningOrganization": "ospod-mesto",
                         "status": "CLOSED", "version": 7, "createdAt": "2001-01-01T00:00:00Z",
                         "members": [{"firstName": "Jana", "lastName": "Přiřazená", "role": "PARENT", "id": "%s"}]}"""
                        .formatted(injected, injected)).post("/api/v1/families");
        family.then().statusCode(201);
        assertThat(family.jsonPath().getString("id")).isNotEqualTo(injected);
        assertThat(family.jsonPath().getString("owningOrganization")).isEqualTo("sas-jih");
        assertThat(family.jsonPath().getString("status")).isEqualTo("INTAKE");
        assertThat(family.header("ETag")).isEqualTo("\"0\"");
        assertThat(family.jsonPath().getString("members[0].id")).isNotEqualTo(injected);
        given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user("ospod.novakova"))
                .get("/api/v1/families/" + family.jsonPath().getString("id")).then().statusCode(404);

        Response organization = given().baseUri(Stack.Service.REFERRAL.url()).auth().oauth2(Tokens.user("admin.sas")).contentType("application/json")
                .body("""
                        {"name": "Škola %s", "type": "SCHOOL", "municipalities": ["Brno"], "services": ["x"], "acceptingNewClients": true,
                         "id": "ospod-mesto", "managedBy": "ospod-mesto", "usesOpora": true, "version": 5}""".formatted(injected))
                .post("/api/v1/organizations");
        organization.then().statusCode(201);
        assertThat(organization.jsonPath().getString("id")).isNotEqualTo("ospod-mesto");
        assertThat(organization.jsonPath().getString("managedBy")).isEqualTo("sas-jih");
        assertThat(organization.jsonPath().getBoolean("usesOpora")).isFalse();

        Response coordinator = given().baseUri(Stack.Service.CONFERENCE.url()).auth().oauth2(Tokens.user("admin.sas")).contentType("application/json")
                .body("""
                        {"name": "Eva Přiřazená", "languages": ["czech"], "organization": "rk-koordinatori", "organizationType": "FGC_COORDINATION",
                         "id": "%s", "version": 3}""".formatted(injected)).post("/api/v1/coordinators");
        coordinator.then().statusCode(201);
        assertThat(coordinator.jsonPath().getString("organization")).isEqualTo("sas-jih");
        assertThat(coordinator.jsonPath().getString("id")).isNotEqualTo(injected);

        Response tutor = given().baseUri(Stack.Service.TUTORING.url()).auth().oauth2(Tokens.user("klub.vesela")).contentType("application/json")
                .body("""
                        {"name": "Tutor Přiřazený", "subjects": ["math"], "organization": "sas-jih", "id": "%s", "version": 4,
                         "vetting": "COMPLETE"}""".formatted(injected)).post("/api/v1/tutors");
        tutor.then().statusCode(201);
        assertThat(tutor.jsonPath().getString("id")).isNotEqualTo(injected);
        assertThat(tutor.jsonPath().getString("vetting")).isEqualTo("INCOMPLETE");
        given().baseUri(Stack.Service.TUTORING.url()).auth().oauth2(Tokens.user("admin.sas"))
                .get("/api/v1/tutors/" + tutor.jsonPath().getString("id")).then().statusCode(404);
    }
}
