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
import java.time.Instant;
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
 * fields) and random ones (any JSON value, deep nesting, huge arrays, invalid UTF-8, not JSON). Paths name real
 * records ({@link BadInputSeeds}) and each operation's valid example must get past 401, 403 and 404, so the inputs
 * reach validation (printed per operation: how many got a 400 with field errors). The properties: the answer is
 * never a 5xx; a rejected input writes no row (row counts of the operation's service before and after); a body that
 * tries to set the owning organization, the id, the state or the version is never obeyed (the answer, and for
 * creates and updates of each kind of record, the record read again and its row in the database). The generator is
 * seeded (printed), so a failure can be replayed.
 */
@ExtendWith(Stack.class)
class BadInputIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Map<Stack.Service, String> USERS = Map.of(Stack.Service.FAMILY, "sas.dvorak", Stack.Service.REFERRAL, "sas.dvorak",
            Stack.Service.CONFERENCE, "ospod.novakova", Stack.Service.TUTORING, "klub.vesela", Stack.Service.COMMUNITY, "admin.nzdm");

    record Operation(Stack.Service service, String method, String path, JsonNode schema, JsonNode components) {
        @Override
        public String toString() {
            return service + " " + method + " " + path;
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
        BadInputSeeds seeds = BadInputSeeds.create();
        Writes writes = new Writes();
        int tried = 0;
        int obeyedChecked = 0;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> reachedValidation = new ArrayList<>();
        for (Operation op : operations) {
            JsonNode schema = resolve(op.schema(), op.components());
            ObjectNode valid = example(schema, op.components(), random, 0);
            String path = seeds.concrete(op.path());
            writes.quiesce();
            // Counted from before the first call: the probes for a user who may call it send the valid example too.
            Map<String, Long> before = writes.snapshot(op.service());
            Authorised authorised = authorised(op, path, valid);
            if (authorised.token() == null) {
                failures.add(op + ": the valid example never got past 401/403/404 (" + authorised.answers() + ")"
                        + (seeds.knows(op.path()) ? "" : "; no record seeded for its path: " + seeds.problems));
                continue;
            }
            if (authorised.status() < 400) {
                writes.accepted();
            }
            List<byte[]> inputs = inputs(valid, random);
            byte[] massAssignment = inputs.get(inputs.size() - 1 - RANDOM_INPUTS_AFTER_MASS_ASSIGNMENT);
            List<byte[]> rejected = new ArrayList<>();
            int validated = 0;
            for (byte[] input : inputs) {
                Response response = send(op, path, authorised.token(), input);
                tried++;
                statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                if (response.statusCode() >= 400) {
                    rejected.add(input);
                } else {
                    writes.accepted();
                }
                if (response.statusCode() == 400 && response.asString().contains("\"errors\":[{")) {
                    validated++;
                }
                if (input == massAssignment && response.statusCode() < 300) {
                    obeyedChecked++;
                    String answer = response.asString();
                    if (answer.contains(INJECTED_ID) || answer.contains("nobody-else") || answer.contains("\"version\":99")
                            || answer.contains("\"status\":\"CLOSED\"")) {
                        failures.add(op + " obeyed a field that sets the owner, id, state or version: " + answer);
                    }
                }
                if (response.statusCode() >= 500) {
                    failures.add(op + " -> " + response.statusCode() + " for " + shown(input));
                }
            }
            reachedValidation.add(String.format("%-80s %3d of %3d inputs reached body validation (400 with field errors); "
                    + "valid example: %d as %s", op, validated, inputs.size(), authorised.status(), authorised.user()));
            failures.addAll(writes.noneBy(op, path, authorised.token(), before, rejected));
        }
        System.out.printf("bad input: %d inputs to %d operations; answers %s; owner, id, state and version ignored on all %d "
                + "operations that accepted the body; %d rejected inputs checked for partial writes (%d row-count snapshots)%n",
                tried, operations.size(), statuses, obeyedChecked, writes.checked, writes.snapshots);
        System.out.println("bad input, per operation:\n" + String.join("\n", reachedValidation));
        assertThat(failures).as("no 5xx, no partial write, every valid example past 401/403/404 (seed " + seed + ")").isEmpty();
    }

    static final String INJECTED_ID = UUID.randomUUID().toString();
    static final int RANDOM_INPUTS_AFTER_MASS_ASSIGNMENT = 11;

    /** The operation's inputs: the valid example, each field broken or missing, extra fields, then random and malformed bodies. */
    static List<byte[]> inputs(ObjectNode valid, Random random) {
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
        // Fields no input has (where an input has one, e.g. an invitee's organization, it is that input's own).
        ObjectNode extra = valid.deepCopy();
        Map.of("organization", NODES.textNode("nobody-else"), "owningOrganization", NODES.textNode("nobody-else"),
                "id", NODES.textNode(INJECTED_ID), "status", NODES.textNode("CLOSED"), "version", NODES.numberNode(99))
                .forEach((field, value) -> {
                    if (!valid.has(field)) {
                        extra.set(field, value);
                    }
                });
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
        return inputs;
    }

    static Response send(Operation op, String path, String token, byte[] input) {
        return given().baseUri(op.service().url()).auth().oauth2(token).contentType("application/json")
                .header("If-Match", "\"0\"").body(input).request(op.method(), path);
    }

    static String shown(byte[] input) {
        return new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8);
    }

    record Authorised(String token, String user, int status, Map<String, Integer> answers) {
    }

    /**
     * A token of a demo user for whom the operation's valid example gets past 401, 403 and 404 (so that its bodies are
     * read, not refused at the door or for an unknown record); none if no demo user gets that far.
     */
    static Authorised authorised(Operation op, String path, ObjectNode example) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String user : List.of(USERS.get(op.service()), "sas.dvorak", "admin.sas", "ospod.novakova", "rk.koordinator",
                "tutor.benes", "klub.vesela", "sas.kralova")) {
            if (answers.containsKey(user)) {
                continue;
            }
            String token = Tokens.user(user);
            int status = send(op, path, token, example.toString().getBytes(StandardCharsets.UTF_8)).statusCode();
            answers.put(user, status);
            if (status != 401 && status != 403 && status != 404) {
                return new Authorised(token, user, status, answers);
            }
        }
        return new Authorised(null, null, 0, answers);
    }

    /**
     * Rows written, counted per table of a service's database: every table but Flyway's, the outbox by its highest
     * sequence number (published rows are deleted after a while; the sequence only grows). A rejected input writes
     * nothing: the counts of the operation's service before and after its rejected inputs are equal. Accepted inputs
     * (valid examples) write, and their events make the other services write; before counting, the test waits until
     * every outbox is published and the counts of every service hold still.
     */
    static final class Writes {
        private final Map<Stack.Service, String> queries = new LinkedHashMap<>();
        private boolean dirty = true;
        int checked;
        int snapshots;

        void accepted() {
            dirty = true;
        }

        /** Waits until no write is on its way: every outbox published, the counts of every service still for a second. */
        void quiesce() {
            if (!dirty) {
                return;
            }
            Map<Stack.Service, Map<String, Long>> last = new LinkedHashMap<>();
            int[] still = {0};
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofMillis(500))
                    .until(() -> {
                        Map<Stack.Service, Map<String, Long>> now = new LinkedHashMap<>();
                        long pending = 0;
                        for (Stack.Service service : Stack.Service.values()) {
                            now.put(service, snapshot(service));
                            pending += Families.count(service, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                        }
                        still[0] = pending == 0 && now.equals(last) ? still[0] + 1 : 0;
                        last.clear();
                        last.putAll(now);
                        return still[0] >= 2;
                    });
            dirty = false;
        }

        Map<String, Long> snapshot(Stack.Service service) {
            snapshots++;
            try (java.sql.Connection db = Stack.database(service); java.sql.Statement statement = db.createStatement()) {
                String query = queries.get(service);
                if (query == null) {
                    List<String> parts = new ArrayList<>();
                    try (java.sql.ResultSet tables = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                            + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' "
                            + "ORDER BY table_name")) {
                        while (tables.next()) {
                            String table = tables.getString(1);
                            parts.add(table.equals("outbox_event")
                                    ? "SELECT 'outbox_event (highest seq)', coalesce(max(seq), 0) FROM outbox_event"
                                    : "SELECT '" + table + "', count(*) FROM " + table);
                        }
                    }
                    query = String.join(" UNION ALL ", parts);
                    queries.put(service, query);
                }
                Map<String, Long> counts = new java.util.TreeMap<>();
                try (java.sql.ResultSet rs = statement.executeQuery(query)) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return counts;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The operation's rejected inputs wrote nothing. If every input was rejected, the counts before and after are
         * compared; if some were accepted, the rejected ones are sent again on their own between two counts. If counts
         * differ, each rejected input is sent once more between two counts of its own, to name the one that writes.
         */
        List<String> noneBy(Operation op, String path, String token, Map<String, Long> before, List<byte[]> rejected) {
            checked += rejected.size();
            if (dirty) {
                quiesce();
                before = snapshot(op.service());
                for (byte[] input : rejected) {
                    if (send(op, path, token, input).statusCode() < 400) {
                        dirty = true;
                    }
                }
                if (dirty) {
                    return oneByOne(op, path, token, rejected);
                }
            }
            Map<String, Long> after = snapshot(op.service());
            if (after.equals(before)) {
                return List.of();
            }
            List<String> found = oneByOne(op, path, token, rejected);
            return found.isEmpty() ? List.of(op + ": rows changed while its rejected inputs were sent, and no input wrote "
                    + "again when sent alone: " + difference(before, after)) : found;
        }

        private List<String> oneByOne(Operation op, String path, String token, List<byte[]> rejected) {
            List<String> found = new ArrayList<>();
            for (byte[] input : rejected) {
                quiesce();
                Map<String, Long> before = snapshot(op.service());
                Response response = send(op, path, token, input);
                if (response.statusCode() < 400) {
                    accepted();
                    continue;
                }
                Map<String, Long> after = snapshot(op.service());
                if (!after.equals(before)) {
                    found.add(op + " answered " + response.statusCode() + " and wrote " + difference(before, after) + " for "
                            + shown(input));
                }
            }
            return found;
        }

        static String difference(Map<String, Long> before, Map<String, Long> after) {
            Map<String, String> changed = new java.util.TreeMap<>();
            after.forEach((table, count) -> {
                if (!count.equals(before.get(table))) {
                    changed.put(table, before.get(table) + " -> " + count);
                }
            });
            return changed.toString();
        }
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
        schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(), value(p.getKey(), resolve(p.getValue(),
                components), components, random, depth + 1)));
        return node;
    }

    /** Dates and times in the past (what happened: a session, a contact), or ahead where the name says so (due, review...). */
    static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile("(?i).*(due|review|scheduled|next|until|by|when).*");

    static JsonNode value(String name, JsonNode schema, JsonNode components, Random random, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> depth > 4 ? NODES.objectNode() : example(schema, components, random, depth);
            case "array" -> NODES.arrayNode().add(value(name, resolve(schema.path("items"), components), components, random, depth + 1));
            case "integer", "number" -> NODES.numberNode(1 + random.nextInt(5));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> switch (format) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode(java.time.LocalDate.now().plusDays(AHEAD.matcher(name).matches() ? 20 : -20).toString());
                case "date-time" -> NODES.textNode(Instant.now().plus(java.time.Duration.ofDays(AHEAD.matcher(name).matches() ? 20 : -20))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
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
     * Mass assignment, record by record, creates and updates: fields that would set the owning organization, the id,
     * the state, the version, the creation time or who maintains a record are not part of any input. A request that
     * sends them gets the record the caller may create or change, as the server makes it: judged by reading the record
     * again (GET, and its ETag) and by the row in the service's database, not by the answer alone.
     */
    @Test
    void fieldsThatSetTheOwnerIdStateOrVersionAreNeverObeyed() {
        String injected = UUID.randomUUID().toString();
        String other = BadInputSeeds.family("ospod.novakova", "Rodina Cizí").id();

        // A family, created: the injected id, owner, state, version, creation time and author are ignored.
        Instant beforeCreate = Instant.now().minusSeconds(5);
        Response family = BadInputSeeds.at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "Rodina Přiřazená", "address": {"municipality": "Brno"}, "id": "%s", "owningOrganization": "ospod-mesto",
                 "status": "CLOSED", "version": 7, "createdAt": "2001-01-01T00:00:00Z", "createdBy": "someone-else",
                 "members": [{"firstName": "Jana", "lastName": "Přiřazená", "role": "PARENT", "id": "%s", "familyId": "%s"}]}"""
                .formatted(injected, injected, other)).post("/api/v1/families");
        family.then().statusCode(201);
        String familyId = family.path("id");
        String memberId = family.path("members[0].id");
        assertThat(familyId).isNotEqualTo(injected);
        assertThat(memberId).isNotEqualTo(injected);
        Map<String, Object> created = row(Stack.Service.FAMILY, "family", familyId);
        assertThat(created).containsEntry("owning_organization", "sas-jih").containsEntry("status", "INTAKE")
                .containsEntry("version", 0L).containsEntry("created_by", Tokens.subject("sas.dvorak"));
        assertThat((Instant) created.get("created_at")).isAfter(beforeCreate);
        assertThat(row(Stack.Service.FAMILY, "family_member", memberId)).containsEntry("family_id", UUID.fromString(familyId));
        assertThat(rows(Stack.Service.FAMILY, "SELECT count(*) FROM family WHERE id = ?::uuid", injected)
                + rows(Stack.Service.FAMILY, "SELECT count(*) FROM family_member WHERE id = ?::uuid", injected)).isZero();
        assertThat(rows(Stack.Service.FAMILY, "SELECT count(*) FROM family_member WHERE family_id = ?::uuid", other)).isEqualTo(3);
        sameOnRead(Stack.Service.FAMILY, "sas.dvorak", "/api/v1/families/" + familyId, family, created, Map.of("id", familyId,
                "owningOrganization", "sas-jih", "status", "INTAKE"));
        BadInputSeeds.at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then().statusCode(404);

        // The family, updated: the same fields ignored; the version is the server's next, the creation time kept.
        Response updated = BadInputSeeds.at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", "\"0\"").body("""
                {"name": "Rodina Přejmenovaná", "address": {"municipality": "Brno"}, "id": "%s", "owningOrganization": "ospod-mesto",
                 "status": "CLOSED", "version": 42, "createdAt": "2001-01-01T00:00:00Z", "createdBy": "someone-else",
                 "keyWorker": "someone-else"}""".formatted(injected)).put("/api/v1/families/" + familyId);
        updated.then().statusCode(200);
        Map<String, Object> afterUpdate = row(Stack.Service.FAMILY, "family", familyId);
        assertThat(afterUpdate).containsEntry("name", "Rodina Přejmenovaná").containsEntry("owning_organization", "sas-jih")
                .containsEntry("status", "INTAKE").containsEntry("version", 1L).containsEntry("created_at", created.get("created_at"))
                .containsEntry("created_by", created.get("created_by")).containsEntry("key_worker", created.get("key_worker"));
        sameOnRead(Stack.Service.FAMILY, "sas.dvorak", "/api/v1/families/" + familyId, updated, afterUpdate, Map.of("id", familyId,
                "owningOrganization", "sas-jih", "status", "INTAKE"));

        // A member, updated: it stays in its family (a familyId in the body does not move it), with its own id.
        Response member = BadInputSeeds.at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", "\"0\"").body("""
                {"firstName": "Jana", "lastName": "Přesunutá", "role": "PARENT", "id": "%s", "familyId": "%s", "version": 9}"""
                .formatted(injected, other)).put("/api/v1/families/" + familyId + "/members/" + memberId);
        member.then().statusCode(200);
        Map<String, Object> memberRow = row(Stack.Service.FAMILY, "family_member", memberId);
        assertThat(memberRow).containsEntry("family_id", UUID.fromString(familyId)).containsEntry("last_name", "Přesunutá");
        assertThat(member.header("ETag")).isEqualTo("\"" + memberRow.get("version") + "\"");
        assertThat(rows(Stack.Service.FAMILY, "SELECT count(*) FROM family_member WHERE family_id = ?::uuid", other)).isEqualTo(3);

        // A directory entry, created and updated: managed by the caller's organization, never "uses Opora" by its word.
        Response organization = BadInputSeeds.at(Stack.Service.REFERRAL, "admin.sas").body("""
                {"name": "Škola %s", "type": "SCHOOL", "municipalities": ["Brno"], "services": ["x"], "acceptingNewClients": true,
                 "id": "ospod-mesto", "managedBy": "ospod-mesto", "usesOpora": true, "version": 5}""".formatted(injected))
                .post("/api/v1/organizations");
        organization.then().statusCode(201);
        String organizationId = organization.path("id");
        assertThat(organizationId).isNotEqualTo("ospod-mesto");
        Map<String, Object> entry = row(Stack.Service.REFERRAL, "organization", organizationId);
        assertThat(entry).containsEntry("managed_by", "sas-jih").containsEntry("uses_opora", false).containsEntry("version", 0L);
        Response entryUpdated = BadInputSeeds.at(Stack.Service.REFERRAL, "admin.sas").header("If-Match", "\"0\"").body("""
                {"name": "Škola %s", "type": "SCHOOL", "municipalities": ["Brno"], "services": ["x"], "acceptingNewClients": false,
                 "id": "ospod-mesto", "managedBy": "ospod-mesto", "usesOpora": true, "version": 5, "createdAt": "2001-01-01T00:00:00Z"}"""
                .formatted(injected)).put("/api/v1/organizations/" + organizationId);
        entryUpdated.then().statusCode(200);
        Map<String, Object> entryAfter = row(Stack.Service.REFERRAL, "organization", organizationId);
        assertThat(entryAfter).containsEntry("managed_by", "sas-jih").containsEntry("uses_opora", false)
                .containsEntry("accepting_new_clients", false).containsEntry("version", 1L)
                .containsEntry("created_at", entry.get("created_at"));
        sameOnRead(Stack.Service.REFERRAL, "admin.sas", "/api/v1/organizations/" + organizationId, entryUpdated, entryAfter,
                Map.of("id", organizationId, "managedBy", "sas-jih"));
        assertThat(rows(Stack.Service.REFERRAL, "SELECT count(*) FROM organization WHERE id = ? AND managed_by = 'sas-jih'",
                "ospod-mesto")).isZero();

        // A coordinator, created and updated: of the caller's organization.
        Response coordinator = BadInputSeeds.at(Stack.Service.CONFERENCE, "admin.sas").body("""
                {"name": "Eva Přiřazená", "languages": ["czech"], "organization": "rk-koordinatori", "organizationType": "FGC_COORDINATION",
                 "id": "%s", "version": 3}""".formatted(injected)).post("/api/v1/coordinators");
        coordinator.then().statusCode(201);
        String coordinatorId = coordinator.path("id");
        assertThat(coordinatorId).isNotEqualTo(injected);
        Map<String, Object> coordinatorRow = row(Stack.Service.CONFERENCE, "coordinator", coordinatorId);
        assertThat(coordinatorRow).containsEntry("organization", "sas-jih").containsEntry("version", 0L);
        Response coordinatorUpdated = BadInputSeeds.at(Stack.Service.CONFERENCE, "admin.sas").header("If-Match", "\"0\"").body("""
                {"name": "Eva Změněná", "languages": ["czech"], "organization": "rk-koordinatori", "organizationType": "FGC_COORDINATION",
                 "id": "%s", "version": 3, "createdAt": "2001-01-01T00:00:00Z", "userSubject": "%s"}"""
                .formatted(injected, Tokens.subject("rk.koordinator"))).put("/api/v1/coordinators/" + coordinatorId);
        coordinatorUpdated.then().statusCode(200);
        Map<String, Object> coordinatorAfter = row(Stack.Service.CONFERENCE, "coordinator", coordinatorId);
        assertThat(coordinatorAfter).containsEntry("name", "Eva Změněná").containsEntry("organization", "sas-jih")
                .containsEntry("organization_type", coordinatorRow.get("organization_type")).containsEntry("version", 1L)
                .containsEntry("created_at", coordinatorRow.get("created_at")).containsEntry("user_subject", null);
        assertThat(coordinatorUpdated.header("ETag")).isEqualTo("\"1\"");

        // A tutor, created and updated: of the programme's organization, vetting as the dates make it.
        Response tutor = BadInputSeeds.at(Stack.Service.TUTORING, "klub.vesela").body("""
                {"name": "Tutor Přiřazený", "subjects": ["math"], "organization": "sas-jih", "id": "%s", "version": 4,
                 "vetting": "COMPLETE"}""".formatted(injected)).post("/api/v1/tutors");
        tutor.then().statusCode(201);
        String tutorId = tutor.path("id");
        assertThat(tutorId).isNotEqualTo(injected);
        assertThat(tutor.jsonPath().getString("vetting")).isEqualTo("INCOMPLETE");
        Map<String, Object> tutorRow = row(Stack.Service.TUTORING, "tutor", tutorId);
        assertThat(tutorRow.get("organization")).isNotEqualTo("sas-jih");
        Response tutorUpdated = BadInputSeeds.at(Stack.Service.TUTORING, "klub.vesela").header("If-Match", "\"0\"").body("""
                {"name": "Tutor Změněný", "subjects": ["math"], "organization": "sas-jih", "id": "%s", "version": 4,
                 "vetting": "COMPLETE", "createdAt": "2001-01-01T00:00:00Z"}""".formatted(injected)).put("/api/v1/tutors/" + tutorId);
        tutorUpdated.then().statusCode(200);
        Map<String, Object> tutorAfter = row(Stack.Service.TUTORING, "tutor", tutorId);
        assertThat(tutorAfter).containsEntry("name", "Tutor Změněný").containsEntry("organization", tutorRow.get("organization"))
                .containsEntry("version", 1L).containsEntry("created_at", tutorRow.get("created_at"));
        sameOnRead(Stack.Service.TUTORING, "klub.vesela", "/api/v1/tutors/" + tutorId, tutorUpdated, tutorAfter,
                Map.of("id", tutorId, "vetting", "INCOMPLETE"));
        BadInputSeeds.at(Stack.Service.TUTORING, "admin.sas").get("/api/v1/tutors/" + tutorId).then().statusCode(404);
        assertThat(rows(Stack.Service.TUTORING, "SELECT count(*) FROM tutor WHERE id = ?::uuid", injected)).isZero();
    }

    /**
     * The record read again is what the write answered: the same ETag, the server's version (the row's), and the
     * fields the server sets, in the answer and read again.
     */
    static void sameOnRead(Stack.Service service, String user, String path, Response written, Map<String, Object> stored,
                           Map<String, String> expected) {
        String etag = "\"" + stored.get("version") + "\"";
        assertThat(written.header("ETag")).as(path + ": ETag of the write").isEqualTo(etag);
        Response read = BadInputSeeds.at(service, user).get(path);
        read.then().statusCode(200);
        assertThat(read.header("ETag")).as(path + ": ETag read again").isEqualTo(etag);
        expected.forEach((field, value) -> {
            assertThat(written.jsonPath().getString(field)).as(path + ": " + field + " in the write's answer").isEqualTo(value);
            assertThat(read.jsonPath().getString(field)).as(path + ": " + field + " read again").isEqualTo(value);
        });
    }

    /** A row of the service's database by its id, column by column (timestamps as Instants). */
    static Map<String, Object> row(Stack.Service service, String table, String id) {
        try (java.sql.Connection db = Stack.database(service); java.sql.PreparedStatement statement = db.prepareStatement(
                "SELECT * FROM " + table + " WHERE id::text = ?")) {
            statement.setString(1, id);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as(table + " " + id + " in the database").isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnName(i), value instanceof java.sql.Timestamp t ? t.toInstant() : value);
                }
                return row;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long rows(Stack.Service service, String sql, String id) {
        return Families.count(service, sql, id);
    }
}
