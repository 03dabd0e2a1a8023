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
 * fields) and random ones (any JSON value, deep nesting, huge arrays, invalid UTF-8, not JSON). The property: the
 * answer is never a 5xx. The generator is seeded (printed), so a failure can be replayed.
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
            extra.put("organization", "ospod-mesto").put("id", UUID.randomUUID().toString()).put("status", "CLOSED").put("version", 99);
            inputs.add(extra.toString().getBytes(StandardCharsets.UTF_8));
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
                if (response.statusCode() >= 500) {
                    failures.add(op.service() + " " + op.method() + " " + op.path() + " -> " + response.statusCode() + " for "
                            + new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8));
                }
            }
        }
        System.out.printf("bad input: %d inputs to %d operations; answers %s%n", tried, operations.size(), statuses);
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
}
