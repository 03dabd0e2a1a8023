package cz.opora.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access matrix with real records: one record of every kind that has an operation with an id in its path, for
 * organizations of different kinds (SAS Jih, SAS Sever, OSPOD Město: families and everything under them, referrals,
 * case and family group conferences, coordinators; the tutoring programme: tutors, matches, clubs, workshops), made
 * through the public API. Every operation with an id in its path (from the four OpenAPI documents) is then called
 * with the owner's ids by every login of another organization that the access policy lets call it, and by the owner:
 * <ol>
 *   <li>another organization: 404 (never 403, 200 or 5xx), and the answer shows none of the owner's values (each
 *       carries a marker no other test writes);</li>
 *   <li>a write by another organization leaves the record as it was: the owner's re-read has the same ETag (the
 *       same body where the record has no ETag);</li>
 *   <li>the owner's GET: 200, and in the service's own audit log exactly one row per read of family data (none for a
 *       read of something else), and for reads in referral-, conference- and tutoring-service exactly one forwarded
 *       row in family-service's access log of the family;</li>
 *   <li>no audit row, in any service, names an owner's family for another organization's login (a refused read is
 *       not a read).</li>
 * </ol>
 * Exceptions, by design: the directory is a public register (another organization reads an entry, 200, and may not
 * write it, 403: {@link #EXPECTED}); the auditor reads any family's access log ({@link #NOT_ANOTHER_ORGANIZATION}).
 */
@ExtendWith(Stack.class)
class OwnRecordsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Cells not probed, by design: the auditor (the regional authority, no organization) reads any family's access log
     * (docs/security.md "The auditor and the access logs"; AccessMatrixIT checks it is let in).
     */
    static final Set<String> NOT_ANOTHER_ORGANIZATION = Set.of("family GET /api/v1/families/{familyId}/access-log as auditor.kraj");

    /**
     * Where another organization gets something else than 404, by design: the directory is a public register (every
     * login reads every entry, docs/api.md), and an entry is written only by the organization it describes or that
     * maintains it (403, "an org-admin maintains its own organization's entry"); the entry must stay unchanged.
     */
    static final Map<String, Integer> EXPECTED = Map.of("referral GET /api/v1/organizations/{id}", 200,
            "referral PUT /api/v1/organizations/{id}", 403);

    /** An organization's records: the ids by the collection they follow in a path, and the values they carry. */
    static final class Owner {
        final String organization;
        /** "families" or, where only one service's path takes it, "TUTORING:families". */
        final Map<String, String> ids = new LinkedHashMap<>();
        final List<String> values = new ArrayList<>();
        /** The families whose audit rows only this organization (and {@code alsoReading}) may have. */
        final List<String> families = new ArrayList<>();
        final Set<String> alsoReading;

        Owner(String organization, Set<String> alsoReading) {
            this.organization = organization;
            this.alsoReading = alsoReading;
        }

        String id(Stack.Service service, String collection) {
            return ids.getOrDefault(service.name() + ":" + collection, ids.get(collection));
        }

        String value(String text) {
            values.add(text);
            return text;
        }
    }

    final String tag = SharingMatrixIT.randomLetters(8);
    final Map<String, Integer> cells = new LinkedHashMap<>();
    final List<String> differences = new ArrayList<>();
    /**
     * The owners' reads of family data in the other services (the probes' and the re-reads after writes): service,
     * route, login, family to how many; each must reach family-service's access log once.
     */
    final Map<List<String>, Integer> forwarded = new LinkedHashMap<>();
    int calls;

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void everyRecordAnswersItsOwnOrganizationAndNoOtherAndEveryReadOfItIsAudited() throws Exception {
        long started = System.nanoTime();
        Families.directory();
        List<AccessMatrixIT.Login> logins = AccessMatrixIT.demoLogins();
        Map<String, AccessMatrixIT.Rule> policy = AccessMatrixIT.policy();
        // Two organizations of one kind (a filter by organization type instead of organization would pass otherwise).
        List<Owner> owners = new ArrayList<>();
        owners.add(socialWork("sas-jih", "sas.dvorak", "admin.sas", "ospod-mesto"));
        owners.add(socialWork("sas-sever", "sas2.horak", "admin.sever", "ospod-mesto"));
        owners.add(socialWork("ospod-mesto", "ospod.novakova", "admin.ospod", "sas-jih"));
        owners.add(tutoring());
        owners.add(community());
        long seeded = System.nanoTime();

        int operations = 0;
        for (Stack.Service service : Stack.Service.values()) {
            JsonNode doc = JSON.readTree(given().baseUri(service.url()).get("/q/openapi?format=json").asString());
            Set<String> reads = new java.util.HashSet<>();
            doc.get("paths").fields().forEachRemaining(p -> {
                if (p.getValue().has("get")) {
                    reads.add(p.getKey());
                }
            });
            for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
                if (!path.getKey().startsWith("/api/") || !path.getKey().contains("{")) {
                    continue;
                }
                for (var op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                    operations++;
                    String method = op.getKey().toUpperCase();
                    String label = AccessMatrixIT.operation(service.module.replace("-service", ""), method, path.getKey());
                    AccessMatrixIT.Rule rule = policy.get(label);
                    assertThat(rule).as("a policy row for " + label + " (AccessMatrixIT checks the rows)").isNotNull();
                    JsonNode schema = op.getValue().at("/requestBody/content/application~1json/schema");
                    boolean probed = false;
                    for (Owner owner : owners) {
                        String concrete = concrete(service, path.getKey(), owner);
                        if (concrete == null) {
                            continue;
                        }
                        probed = true;
                        probe(service, method, path.getKey(), label, concrete, owner, rule, logins,
                                schema.isMissingNode() ? null : body(service, schema, doc.path("components"), owner),
                                method.equals("GET") ? null : readPath(service, concrete, path.getKey(), reads, owner, policy, logins));
                    }
                    count("operations with an owner's record", probed, label + ": no organization has a record for it");
                }
            }
        }
        auditedOnlyForTheirReaders(owners);
        forwardedToTheOwner();
        System.out.printf("own records: %d organizations' records seeded in %d s; %d operations with an id, %d calls in %d s; "
                        + "checks %s%n", owners.size(), (seeded - started) / 1_000_000_000, operations, calls,
                (System.nanoTime() - seeded) / 1_000_000_000, cells);
        assertThat(differences).isEmpty();
    }

    /**
     * The owner's path, each {param} replaced by the owner's id of the collection before it; null if the owner has no
     * record for the first. A sub-record the owner has not made (a case conference's task, a family conference's
     * invitee) is a random id: the probe then shows that the parent, a real record, is looked up within the caller's
     * organization first.
     */
    static String concrete(Stack.Service service, String template, Owner owner) {
        StringBuilder path = new StringBuilder();
        String[] segments = template.substring(1).split("/");
        boolean parent = false;
        for (int i = 0; i < segments.length; i++) {
            String value = segments[i];
            if (value.startsWith("{")) {
                value = owner.id(service, segments[i - 1]);
                if (value == null && parent) {
                    value = UUID.randomUUID().toString();
                }
                if (value == null) {
                    return null;
                }
                parent = true;
            }
            path.append('/').append(value);
        }
        return path.toString();
    }

    /**
     * The record a write changes, as the owner reads it: the longest prefix of the path that the service answers with
     * GET, the owner's login that may read it, and the GET's path template.
     */
    static String[] readPath(Stack.Service service, String concrete, String template, Set<String> reads, Owner owner,
                             Map<String, AccessMatrixIT.Rule> policy, List<AccessMatrixIT.Login> logins) {
        String[] segments = template.split("/");
        String[] values = concrete.split("/");
        for (int n = segments.length; n > 2; n--) {
            String prefix = String.join("/", java.util.Arrays.copyOf(segments, n));
            if (reads.contains(prefix) && !NONE_SEEDED.contains("GET " + prefix)) {
                AccessMatrixIT.Rule rule = policy.get(AccessMatrixIT.operation(service.module.replace("-service", ""), "GET", prefix));
                String reader = logins.stream().filter(l -> owner.organization.equals(l.organization()) && rule.allows(l))
                        .map(AccessMatrixIT.Login::username).findFirst().orElseThrow(() -> new AssertionError(
                                "no login of " + owner.organization + " reads " + prefix));
                return new String[]{String.join("/", java.util.Arrays.copyOf(values, n)), reader, prefix};
            }
        }
        throw new AssertionError("no GET for any prefix of " + template);
    }

    void probe(Stack.Service service, String method, String template, String label, String path, Owner owner,
               AccessMatrixIT.Rule rule, List<AccessMatrixIT.Login> logins, String body, String[] record) {
        boolean read = method.equals("GET");
        AccessMatrixIT.Login reader = logins.stream().filter(l -> owner.organization.equals(l.organization()) && rule.allows(l))
                .findFirst().orElse(null);
        String[] before = read ? null : state(service, owner, record);
        for (AccessMatrixIT.Login login : logins) {
            if (owner.organization.equals(login.organization()) || !rule.allows(login)
                    || login.organization() != null && owner.alsoReading.contains(login.organization())
                    || NOT_ANOTHER_ORGANIZATION.contains(label + " as " + login.username())) {
                continue;
            }
            Response r = call(service, login.username(), method, path, body, before == null ? "\"0\"" : before[0]);
            calls++;
            String answer = r.asString();
            String who = label + " with " + owner.organization + "'s record as " + login.username() + ": " + r.statusCode();
            int expected = EXPECTED.getOrDefault(label, 404);
            count(expected == 404 ? "another organization's record" : "the public directory's entry", r.statusCode() == expected,
                    who + " (expected " + expected + ") " + answer);
            count("no value of the record in the answer", owner.values.stream().noneMatch(answer::contains),
                    who + " shows a value of the record: " + answer);
        }
        if (before != null) {
            String[] after = state(service, owner, record);
            count("record unchanged by the others' writes", before[0].equals(after[0]) && before[1].equals(after[1]),
                    label + " changed " + owner.organization + "'s " + record[0] + ": ETag " + before[0] + " -> " + after[0]);
        }
        if (read && reader != null) {
            ownersRead(service, template, path, owner, reader.username());
        }
    }

    /**
     * Singular sub-resources that the seeded files do not have, so the owner's read is 404 and not audited: a pending
     * erasure request (asked for only once a file is closed); an anonymous client's family link (community-service's
     * FamilyLinkTest reads a linked one and counts its audit rows).
     */
    static final Set<String> NONE_SEEDED = Set.of("GET /api/v1/families/{familyId}/erasure-request",
            "GET /api/v1/anonymous-clients/{id}/family-link");

    /** The owner's GET: 200; one audit row in the service when it reads family data; one forwarded row later. */
    void ownersRead(Stack.Service service, String template, String path, Owner owner, String login) {
        String endpoint = "GET " + template;
        long before = ownRows(service, login, endpoint);
        calls++;
        Response r = at(service, login).get(path);
        long rows = ownRows(service, login, endpoint) - before;
        String who = "GET " + template + " of " + owner.organization + "'s record as its " + login + ": ";
        if (NONE_SEEDED.contains(endpoint)) {
            count("the owner's read of what it has not", r.statusCode() == 404 && rows == 0, who + r.statusCode() + ", " + rows + " audit rows");
            return;
        }
        count("the owner's read", r.statusCode() == 200, who + r.statusCode() + " " + r.asString());
        boolean familyData = !NOT_FAMILY_DATA.contains(endpoint);
        count("audit rows of the owner's read", rows == (familyData ? 1 : 0),
                who + rows + " audit rows (expected " + (familyData ? 1 : 0) + ")");
        read(service, template, path, owner, login);
    }

    /** Counts the owner's read of family data in another service than family-service (to be forwarded). */
    void read(Stack.Service service, String template, String path, Owner owner, String login) {
        String endpoint = "GET " + template;
        if (service != Stack.Service.FAMILY && !NOT_FAMILY_DATA.contains(endpoint)) {
            forwarded.merge(List.of(service.module, endpoint, login, owner.id(service, "family-of:" + path.split("/")[3])), 1, Integer::sum);
        }
    }

    /**
     * Reads that are not of a family's data (no audit row): a tutor's record, a directory entry; and the lists re-read
     * after a write to a workshop or a coordinator; community-service's anonymous clients, programmes and mediations (no
     * family's data: only a client's family link is). (A family conference's coordinator candidates are: they say which
     * organizations work with the family and whether the family's wishes are met.)
     */
    static final Set<String> NOT_FAMILY_DATA = Set.of("GET /api/v1/tutors/{id}", "GET /api/v1/organizations/{id}",
            "GET /api/v1/workshops", "GET /api/v1/coordinators", "GET /api/v1/anonymous-clients/{id}",
            "GET /api/v1/anonymous-clients/{id}/contacts", "GET /api/v1/programmes/{id}", "GET /api/v1/programmes/{id}/sessions",
            "GET /api/v1/mediation-cases/{id}", "GET /api/v1/mediation-cases/{id}/sessions");

    /** The service's own audit rows of a login at a route (not the reads elsewhere reported to family-service). */
    static long ownRows(Stack.Service service, String login, String endpoint) {
        return AccessMatrixIT.audit(service, login, endpoint);
    }

    /** The owner's reads in the other services each reached family-service's access log of the family, once. */
    void forwardedToTheOwner() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> forwarded.entrySet().stream()
                .allMatch(f -> forwardedRows(f.getKey()) >= f.getValue()));
        forwarded.forEach((f, reads) -> count("forwarded rows of the owner's reads", forwardedRows(f) == reads,
                f.get(1) + " in " + f.get(0) + " as " + f.get(2) + ": " + forwardedRows(f) + " rows in the owner's access log for "
                        + reads + " reads"));
    }

    static long forwardedRows(List<String> f) {
        return Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM audit_entry WHERE source_service = ? AND endpoint = ? "
                + "AND actor_username = ? AND ?::uuid = ANY(resource_ids)", f.get(0), f.get(1), f.get(2), f.get(3));
    }

    /** No service has an audit row naming an owner's family for a login of another organization. */
    void auditedOnlyForTheirReaders(List<Owner> owners) {
        for (Owner owner : owners) {
            for (String family : owner.families) {
                for (Stack.Service service : Stack.Service.values()) {
                    String others = Families.strings(service, "SELECT actor_username || ' ' || endpoint FROM audit_entry "
                            + "WHERE ?::uuid = ANY(resource_ids) AND actor_subject NOT LIKE 'system:%' "
                            + "AND (actor_organization IS NULL OR NOT actor_organization = ANY(string_to_array(?, ',')))",
                            family, String.join(",", allowed(owner)));
                    count("no audit row for another organization", others.isEmpty(),
                            service.module + " has audit rows naming " + owner.organization + "'s family for others: " + others);
                }
            }
        }
    }

    static List<String> allowed(Owner owner) {
        List<String> orgs = new ArrayList<>(owner.alsoReading);
        orgs.add(owner.organization);
        return orgs;
    }

    /** The record's ETag and body as its owner reads it. */
    String[] state(Stack.Service service, Owner owner, String[] record) {
        String login = record[1];
        String path = record[0];
        read(service, record[2], path, owner, login);
        calls++;
        Response r = at(service, login).get(path);
        assertThat(r.statusCode()).as("the owner's read of " + path).isEqualTo(200);
        String etag = r.header("ETag");
        return new String[]{etag == null ? "\"0\"" : etag, etag == null ? r.asString() : ""};
    }

    static Response call(Stack.Service service, String login, String method, String path, String body, String ifMatch) {
        RequestSpecification request = at(service, login).header("If-Match", ifMatch);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, path);
    }

    void count(String kind, boolean ok, String difference) {
        cells.merge(kind, 1, Integer::sum);
        if (!ok) {
            differences.add(difference);
        }
    }

    // ---- request bodies: the schema's example where it has one, otherwise a value for every property -------------

    /** A body that passes the service's validation, with the owner's ids where a field names one. */
    static String body(Stack.Service service, JsonNode schema, JsonNode components, Owner owner) {
        JsonNode resolved = resolve(schema, components);
        JsonNode example = resolved.path("examples").path(0);
        ObjectNode node = example.isObject() ? (ObjectNode) example.deepCopy() : example(resolved, components, 0);
        for (String field : List.of("familyId", "memberId", "childId", "consentId", "tutorId", "inviteeId", "enrolmentId")) {
            String collection = switch (field) {
                case "familyId" -> "families";
                case "memberId", "childId" -> "members";
                case "consentId" -> "consents";
                case "tutorId" -> "tutors";
                case "inviteeId" -> "invitees";
                default -> "enrolments";
            };
            if (node.has(field) && owner.id(service, collection) != null) {
                node.put(field, owner.id(service, collection));
            }
        }
        return node.toString();
    }

    static JsonNode resolve(JsonNode schema, JsonNode components) {
        while (schema.has("$ref")) {
            schema = components.at("/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        return schema;
    }

    /** Values for the fields whose format the schema states only as a pattern or not at all (validated by the service). */
    static final Map<String, String> FORMATTED = Map.of("email", "sonda@example.cz", "phone", "+420 777 000 111",
            "postalCode", "60200", "term", "2026/27-1", "website", "https://example.cz");

    static ObjectNode example(JsonNode schema, JsonNode components, int depth) {
        ObjectNode node = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(), FORMATTED.containsKey(p.getKey())
                ? NODES.textNode(FORMATTED.get(p.getKey())) : value(p.getValue(), components, depth + 1)));
        return node;
    }

    static JsonNode value(JsonNode property, JsonNode components, int depth) {
        JsonNode schema = resolve(property, components);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.matches("[A-Z_]+(\\|[A-Z_]+)+")) {
            return NODES.textNode(pattern.substring(0, pattern.indexOf('|')));
        }
        return switch (schema.path("type").asText("string")) {
            case "object" -> depth > 10 ? NODES.objectNode() : example(schema, components, depth);
            case "array" -> {
                // Ids of other records (members present, goals addressed) would have to be the owner's: none, where allowed.
                ArrayNode array = NODES.arrayNode();
                JsonNode items = resolve(schema.path("items"), components);
                if (schema.path("minItems").asInt(0) > 0 || !"uuid".equals(items.path("format").asText())) {
                    array.add(value(schema.path("items"), components, depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (schema.path("format").asText("")) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode(LocalDate.now().toString());
                case "date-time" -> NODES.textNode(Instant.now().plus(Duration.ofDays(3)).toString());
                default -> NODES.textNode("Sonda");
            };
        };
    }

    // ---- the records ---------------------------------------------------------------------------------------------

    /**
     * A family of the organization (registered by {@code worker}) with a member, a consent, an assessment, a plan (a
     * goal and a step), a contact; a draft referral to {@code recipient} (a draft is the sender's alone), a case
     * conference with an external participant, a family group conference offered (the referrer's alone until the
     * family consents), and a coordinator profile registered by {@code admin}.
     */
    Owner socialWork(String organization, String worker, String admin, String recipient) {
        Owner owner = new Owner(organization, Set.of());
        String cap = Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + organization.replace("-", "");
        Response family = at(Stack.Service.FAMILY, worker).body("""
                {"name": "%s", "address": {"street": "%s", "municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "%s", "role": "PARENT", "birthDate": "1990-04-01", "phone": "%s"},
                             {"firstName": "Petr", "lastName": "%s", "role": "CHILD", "birthDate": "2015-09-12", "school": "%s"}]}"""
                .formatted(owner.value("Rodina " + cap), owner.value("Ulice " + cap), owner.value("Matka" + cap),
                        owner.value("+420 7" + SharingMatrixIT.digits(8)), owner.value("Syn" + cap), owner.value("ZŠ " + cap)))
                .post("/api/v1/families");
        String familyId = family.then().statusCode(201).extract().path("id");
        List<String> members = family.path("members.id");
        owner.ids.put("families", familyId);
        owner.ids.put("shared-families", familyId);
        owner.ids.put("members", members.get(1));
        owner.families.add(familyId);
        String base = "/api/v1/families/" + familyId;
        owner.ids.put("consents", created(Stack.Service.FAMILY, worker, base + "/consents", """
                {"givenBy": "%s", "purpose": "FAMILY_CONFERENCE", "scopes": ["BASIC"], "formReference": "%s"}"""
                .formatted(members.get(0), owner.value("Formulář " + cap))));
        owner.ids.put("assessments", created(Stack.Service.FAMILY, worker, base + "/assessments", """
                {"summary": "%s", "ratings": [{"domain": "child.education", "memberId": "%s", "rating": "CONCERN"}],
                 "formulation": [{"category": "presenting", "text": "Absence."}]}""".formatted(owner.value("Posouzení " + cap), members.get(1))));
        Response plan = at(Stack.Service.FAMILY, worker).body("""
                {"source": "SAS_PLAN", "title": "%s", "reviewDate": "2099-06-30",
                 "goals": [{"what": "Petr chodí do školy", "steps": [{"what": "Budík", "who": {"kind": "MEMBER", "id": "%s", "name": "Jana"}}]}]}"""
                .formatted(owner.value("Plán " + cap), members.get(0))).post(base + "/plans");
        owner.ids.put("plans", plan.then().statusCode(201).extract().path("id"));
        owner.ids.put("goals", plan.path("goals[0].id"));
        owner.ids.put("steps", plan.path("goals[0].steps[0].id"));
        owner.ids.put("contacts", created(Stack.Service.FAMILY, worker, base + "/contacts", """
                {"date": "%s", "durationMinutes": 30, "type": "PHONE", "summary": "%s"}"""
                .formatted(LocalDate.now(), owner.value("Kontakt " + cap))));

        owner.ids.put("referrals", created(Stack.Service.REFERRAL, worker, "/api/v1/referrals", """
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "%s", "reason": "%s",
                 "request": "Posouzení.", "urgency": "ROUTINE", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb.", "scopes": ["BASIC"]}"""
                .formatted(familyId, members.get(1), recipient, owner.value("Důvod " + cap))));
        String conference = created(Stack.Service.CONFERENCE, worker, "/api/v1/case-conferences", """
                {"familyId": "%s", "purpose": "%s", "scheduledFor": "%s", "place": "%s"}""".formatted(familyId,
                owner.value("Účel " + cap), Instant.now().plus(Duration.ofDays(7)), owner.value("Místo " + cap)));
        owner.ids.put("case-conferences", conference);
        owner.ids.put("conferences", conference);
        // The conference just convened is at version 0: If-Match given, no read before the write (reads are counted).
        owner.ids.put("participants", at(Stack.Service.CONFERENCE, worker).header("If-Match", "\"0\"").body("""
                {"kind": "EXTERNAL", "name": "%s", "institution": "ZŠ", "role": "učitelka"}""".formatted(owner.value("Učitelka " + cap)))
                .post("/api/v1/case-conferences/" + conference + "/participants").then().statusCode(200)
                .extract().path("participants.find { it.kind == 'EXTERNAL' }.id"));
        owner.ids.put("family-conferences", created(Stack.Service.CONFERENCE, worker, "/api/v1/family-conferences", """
                {"familyId": "%s", "concern": "%s", "question": "Kdo pohlídá děti?", "bottomLines": ["Dospělý je doma."]}"""
                .formatted(familyId, owner.value("Obava " + cap))));
        owner.ids.put("coordinators", created(Stack.Service.CONFERENCE, admin, "/api/v1/coordinators", """
                {"name": "%s", "languages": ["czech"], "gender": "FEMALE", "active": true}""".formatted(owner.value("Koordinátorka " + cap))));
        // An approval request and the org-admin's notification of it: the closure of a second file under a policy set
        // for the moment and removed at once (no other test's closure waits for approval).
        String second = at(Stack.Service.FAMILY, worker).body(cz.opora.testing.SampleRequests.family("Rodina " + cap))
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
        owner.families.add(second);
        at(Stack.Service.FAMILY, admin).body("{\"action\": \"CASE_CLOSURE\", \"approverRole\": \"org-admin\"}")
                .put("/api/v1/approval-policies").then().statusCode(200);
        String approval = at(Stack.Service.FAMILY, worker).header("If-Match", "\"0\"")
                .body("{\"reason\": \"OTHER\", \"summary\": \"" + owner.value("Shrnutí " + cap) + "\"}")
                .post("/api/v1/families/" + second + "/closure").then().statusCode(202).extract().path("id");
        long policy = at(Stack.Service.FAMILY, admin).get("/api/v1/approval-policies").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.action == 'CASE_CLOSURE' }.version");
        at(Stack.Service.FAMILY, admin).header("If-Match", "\"" + policy + "\"").body("{\"action\": \"CASE_CLOSURE\"}")
                .put("/api/v1/approval-policies").then().statusCode(204);
        owner.ids.put("approvals", approval);
        owner.ids.put("notifications", at(Stack.Service.FAMILY, admin).get("/api/v1/notifications?limit=100").then()
                .statusCode(200).extract().jsonPath().getString("items.find { it.refId == '" + approval + "' }.id"));
        owner.ids.put("REFERRAL:organizations", organization);
        for (String kind : List.of("families", "referrals", "case-conferences", "conferences", "family-conferences", "coordinators")) {
            owner.ids.put("family-of:" + kind, familyId);
        }
        return owner;
    }

    /**
     * The tutoring programme's records: tutor.benes, a match with a child of a family of SAS Jih (on the family's
     * TUTORING consent; SAS Jih, which owns the family, reads the match's family view), a club with the child enrolled,
     * a workshop; and SAS Jih's view of its family's tutoring.
     */
    Owner tutoring() {
        Owner owner = new Owner("doucovani", Set.of("sas-jih"));
        String cap = Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "doucovani";
        Response family = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "%s", "address": {"street": "Cejl 1", "municipality": "Brno"},
                 "members": [{"firstName": "Eva", "lastName": "%s", "role": "PARENT", "birthDate": "1991-04-01"},
                             {"firstName": "Ota", "lastName": "%s", "role": "CHILD", "birthDate": "2016-09-12"},
                             {"firstName": "Ema", "lastName": "%s", "role": "CHILD", "birthDate": "%s"}]}"""
                .formatted(owner.value("Rodina " + cap), owner.value("Matka" + cap), owner.value("Syn" + cap),
                        owner.value("Dcera" + cap), LocalDate.now().minusYears(4)))
                .post("/api/v1/families");
        String familyId = family.then().statusCode(201).extract().path("id");
        List<String> members = family.path("members.id");
        owner.families.add(familyId);
        owner.ids.put("TUTORING:families", familyId);
        owner.ids.put("TUTORING:members", members.get(1));
        created(Stack.Service.FAMILY, "sas.dvorak", "/api/v1/families/" + familyId + "/consents", """
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "DOUC/%s"}""".formatted(members.get(0), tag));
        String tutor = Families.tutorBenes();
        owner.ids.put("tutors", tutor);
        owner.ids.put("matches", created(Stack.Service.TUTORING, "klub.vesela", "/api/v1/matches", """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "%s", "schedule": "Po 16:00",
                 "school": "ZŠ", "schoolClass": "4.B", "sasContactName": "Martin Dvořák", "subjects": ["math"], "goals": "%s"}"""
                .formatted(tutor, familyId, members.get(1), owner.value("Knihovna " + cap), owner.value("Cíle " + cap))));
        String club = created(Stack.Service.TUTORING, "klub.vesela", "/api/v1/clubs", """
                {"name": "%s", "place": "Cejl 50", "leaderName": "Lucie Veselá", "capacity": 12, "schedule": "Út 9:00"}"""
                .formatted(owner.value("Klub " + cap)));
        owner.ids.put("clubs", club);
        owner.ids.put("enrolments", created(Stack.Service.TUTORING, "klub.vesela", "/api/v1/clubs/" + club + "/enrolments", """
                {"familyId": "%s", "childId": "%s"}""".formatted(familyId, members.get(2))));
        owner.ids.put("club-children", members.get(2));
        owner.ids.put("workshops", created(Stack.Service.TUTORING, "klub.vesela", "/api/v1/workshops", """
                {"title": "%s", "kind": "MOTHERS_CLUB"}""".formatted(owner.value("Dílna " + cap))));
        for (String kind : List.of("matches", "clubs", "club-children")) {
            owner.ids.put("family-of:" + kind, familyId);
        }
        return owner;
    }

    /**
     * NZDM Kotva's low-threshold and community work: an anonymous client with a contact, a programme with a session,
     * a mediation with a session (none of them a family's data; the markers are in the code, the name and a label).
     */
    Owner community() {
        Owner owner = new Owner("nzdm-kotva", Set.of());
        String cap = Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "kotva";
        String client = created(Stack.Service.COMMUNITY, "nzdm.svoboda", "/api/v1/anonymous-clients", """
                {"code": "%s", "ageBand": "AGE_15_17", "gender": "NOT_STATED"}""".formatted(owner.value("Kód" + cap)));
        owner.ids.put("anonymous-clients", client);
        created(Stack.Service.COMMUNITY, "nzdm.svoboda", "/api/v1/anonymous-clients/" + client + "/contacts", """
                {"place": "CLUB", "date": "%s", "durationMinutes": 30, "interventions": [{"type": "CONTACT_WORK", "minutes": 30}]}"""
                .formatted(LocalDate.now()));
        String programme = created(Stack.Service.COMMUNITY, "komunita.maresova", "/api/v1/programmes", """
                {"kind": "COMMUNITY_WORK_HOSTEL", "name": "%s", "placeKind": "HOSTEL", "municipality": "Brno"}"""
                .formatted(owner.value("Ubytovna " + cap)));
        owner.ids.put("programmes", programme);
        created(Stack.Service.COMMUNITY, "komunita.maresova", "/api/v1/programmes/" + programme + "/sessions", """
                {"date": "%s", "topic": "Sousedé", "attendance": {"OVER_26": 4}}""".formatted(LocalDate.now()));
        String mediation = created(Stack.Service.COMMUNITY, "mediace.kolar", "/api/v1/mediation-cases", """
                {"type": "NEIGHBOUR", "mode": "COMMUNITY", "openedOn": "%s",
                 "parties": [{"label": "%s", "role": "stěžovatel"}, {"label": "byt 2", "role": "druhá strana"}]}"""
                .formatted(LocalDate.now().minusDays(3), owner.value("Byt " + cap)));
        owner.ids.put("mediation-cases", mediation);
        created(Stack.Service.COMMUNITY, "mediace.kolar", "/api/v1/mediation-cases/" + mediation + "/sessions", """
                {"date": "%s", "durationMinutes": 60}""".formatted(LocalDate.now()));
        return owner;
    }

    /** POSTs until the service knows the family (another service's copy follows family-service's events); the id. */
    static String created(Stack.Service service, String user, String path, String body) {
        return Families.created(service, user, path, body);
    }
}
