package cz.opora.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access matrix's sharing dimension, generated: one family of SAS Jih whose every datum carries a unique marker
 * (the household's name, the street, a phone, each member's name, each child's school, a completed assessment, a
 * draft assessment, a plan, a contact), shared with another organization in each of the four ways Opora shares:
 * <ol>
 *   <li>a consent-based referral with one child and BASIC (NZDM Kotva),</li>
 *   <li>a statutory referral to OSPOD with one child, BASIC and SCHOOL,</li>
 *   <li>a case-conference invitation, accepted, within a consent that covers SAS Sever, about one child,</li>
 *   <li>a tutoring match of that child (tutor.benes), on the family's TUTORING consent;</li>
 * </ol>
 * and after each ends. Every GET operation of the four OpenAPI documents is called as that organization's worker with
 * every id of the family's records in its path. Expected: while the share lasts, the worker sees exactly the grant's
 * markers and no other; after it ends, none; a draft, never. The owner sees every marker (the control: the markers
 * are really in the responses a leak would come from).
 */
@ExtendWith(Stack.class)
class SharingMatrixIT {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The family's data, each with a marker no other test writes. */
    final String tag = randomLetters(8);
    final Map<String, String> markers = new LinkedHashMap<>();
    final Map<String, List<String>> ids = new LinkedHashMap<>();
    String familyId;
    String child;
    String cells = "";
    int calls;

    static String randomLetters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    String marker(String kind, String text) {
        markers.put(kind, text);
        return text;
    }

    @Test
    void aShareShowsExactlyItsGrantWhileItLastsAndNothingIdentifyingAfterAndDraftsNever() throws Exception {
        Families.directory();
        familyWithAMarkerInEveryDatum();
        List<String> urls = readUrls();

        // The control: the owner sees every marker, the draft included.
        String owner = String.join("\n", read("sas.dvorak", urls));
        assertThat(markers.values()).allSatisfy(m -> assertThat(owner).as("the owner's reads show " + m).contains(m));

        // (a) A consent-based referral of one child with BASIC to NZDM Kotva.
        String consentToNzdm = consent("SHARING", "nzdm-kotva", "BASIC", "CONTACT_DETAILS", "SCHOOL", "ASSESSMENT", "PLANS",
                "CONTACT_RECORDS");
        String toNzdm = referral("""
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva", "reason": "Petr je odpoledne sám.",
                 "request": "Individuální práce v klubu.", "urgency": "ROUTINE", "basis": "CONSENT", "consentId": "%s",
                 "scopes": ["BASIC"]}""".formatted(familyId, child, consentToNzdm), "nzdm.svoboda");
        check("a consent-based referral of one child with BASIC", "nzdm.svoboda", urls, Set.of("household", "child"),
                Stack.Service.FAMILY, "/api/v1/families/" + familyId);
        at(Stack.Service.REFERRAL, "nzdm.svoboda").body("{\"outcome\": \"GOALS_MET\", \"report\": \"Chodil pravidelně.\"}")
                .post("/api/v1/referrals/" + toNzdm + "/completion").then().statusCode(200);
        checkEnded("a consent-based referral of one child with BASIC", "nzdm.svoboda", urls, Stack.Service.FAMILY,
                "/api/v1/families/" + familyId);

        // (b) A statutory referral of one child with BASIC and SCHOOL to OSPOD.
        String toOspod = referral("""
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "ospod-mesto", "reason": "Záškoláctví.",
                 "request": "Posouzení situace.", "urgency": "URGENT", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb.", "scopes": ["BASIC", "SCHOOL"]}"""
                .formatted(familyId, child), "ospod.novakova");
        check("a statutory referral of one child with BASIC and SCHOOL", "ospod.novakova", urls,
                Set.of("household", "child", "childSchool"), Stack.Service.FAMILY, "/api/v1/families/" + familyId);
        at(Stack.Service.REFERRAL, "ospod.novakova").body("{\"outcome\": \"GOALS_PARTLY_MET\", \"report\": \"Předáno.\"}")
                .post("/api/v1/referrals/" + toOspod + "/completion").then().statusCode(200);
        checkEnded("a statutory referral of one child with BASIC and SCHOOL", "ospod.novakova", urls,
                Stack.Service.FAMILY, "/api/v1/families/" + familyId);

        // (c) A case-conference invitation of SAS Sever, accepted, within its consent (BASIC, SCHOOL), about one child.
        consent("SHARING", "sas-sever", "BASIC", "SCHOOL");
        String conference = at(Stack.Service.CONFERENCE, "sas.dvorak").body("""
                {"familyId": "%s", "purpose": "Školní docházka", "scheduledFor": "%s", "place": "SAS Jih",
                 "childIds": ["%s"]}""".formatted(familyId, Instant.now().plus(Duration.ofDays(7)), child))
                .post("/api/v1/case-conferences").then().statusCode(201).extract().path("id");
        ids.put("case-conferences", List.of(conference));
        urls = readUrls();
        String participant = at(Stack.Service.CONFERENCE, "sas.dvorak").body("""
                {"kind": "WORKER", "organization": "sas-sever", "organizationType": "SAS", "name": "Pavel Horák"}""")
                .post("/api/v1/case-conferences/" + conference + "/participants").then().statusCode(200)
                .extract().path("participants.find { it.organization == 'sas-sever' }.id");
        // Accepted; the grant follows once conference-service knows the consent (it learns it from family-service).
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> "GRANTED".equals(
                at(Stack.Service.CONFERENCE, "sas.dvorak").body("{\"invitation\": \"ACCEPTED\"}")
                        .put("/api/v1/case-conferences/" + conference + "/participants/" + participant)
                        .path("participants.find { it.organization == 'sas-sever' }.access")));
        check("a case-conference invitation about one child within a BASIC and SCHOOL consent", "sas2.horak", urls,
                Set.of("household", "child", "childSchool"), Stack.Service.FAMILY, "/api/v1/families/" + familyId);
        at(Stack.Service.CONFERENCE, "sas.dvorak").body("{\"reason\": \"Rodina se odstěhovala.\"}")
                .post("/api/v1/case-conferences/" + conference + "/cancellation").then().statusCode(200);
        checkEnded("a case-conference invitation about one child within a BASIC and SCHOOL consent", "sas2.horak", urls,
                Stack.Service.FAMILY, "/api/v1/families/" + familyId);

        // (d) A tutoring match of the child, on the family's TUTORING consent; it ends when the family withdraws it.
        String tutoringConsent = consent("TUTORING", null, "SCHOOL");
        String match = match();
        ids.put("matches", List.of(match));
        urls = readUrls();
        check("a tutoring match of one child", "tutor.benes", urls, Set.of("child"), Stack.Service.TUTORING,
                "/api/v1/matches/" + match);
        String etag = at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + familyId + "/consents/" + tutoringConsent)
                .then().statusCode(200).extract().header("ETag");
        at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", etag).body("{\"note\": \"Matka souhlas odvolala.\"}")
                .post("/api/v1/families/" + familyId + "/consents/" + tutoringConsent + "/withdrawal").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENDED".equals(
                at(Stack.Service.TUTORING, "klub.vesela").get("/api/v1/matches/" + match).path("status")));
        checkEnded("a tutoring match of one child", "tutor.benes", urls, null, null);

        System.out.printf("sharing matrix: %d GET operations with the family's ids, %d calls: %s%n", urls.size(), calls, cells);
    }

    /** While the share lasts: the reader's own view shows exactly the expected markers, and no read shows any other. */
    void check(String share, String login, List<String> urls, Set<String> visible, Stack.Service service, String path) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> at(service, login).get(path).statusCode() == 200);
        String own = at(service, login).get(path).asString();
        for (String kind : visible) {
            assertThat(own).as(share + ": " + login + " sees " + kind).contains(markers.get(kind));
        }
        assertNoneShown(share + ", while it lasts", login, urls, kind -> !visible.contains(kind));
    }

    /** After the share ended: nothing that identifies the family, in any read. */
    void checkEnded(String share, String login, List<String> urls, Stack.Service service, String path) {
        if (service != null) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> at(service, login).get(path).statusCode() == 404);
        }
        assertNoneShown(share + ", after it ended", login, urls, kind -> true);
    }

    void assertNoneShown(String phase, String login, List<String> urls, Predicate<String> forbidden) {
        List<String> leaks = new ArrayList<>();
        List<String> bodies = read(login, urls);
        for (int i = 0; i < urls.size(); i++) {
            for (var m : markers.entrySet()) {
                if (forbidden.test(m.getKey()) && bodies.get(i).contains(m.getValue())) {
                    leaks.add(login + " GET " + urls.get(i) + " shows " + m.getKey());
                }
            }
        }
        cells += phase + ": " + urls.size() + " reads; ";
        assertThat(leaks).as(phase).isEmpty();
    }

    List<String> read(String login, List<String> urls) {
        List<String> bodies = new ArrayList<>();
        for (String url : urls) {
            int space = url.indexOf(' ');
            Stack.Service service = Stack.Service.valueOf(url.substring(0, space));
            Response r = at(service, login).get(url.substring(space + 1));
            calls++;
            assertThat(r.statusCode()).as(login + " GET " + url).isLessThan(500);
            bodies.add(r.asString());
        }
        return bodies;
    }

    /**
     * Every GET operation of the four services, with every id of the family's records put in its path (by the
     * collection the id follows), and lists asked for a page of 100.
     */
    List<String> readUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        for (Stack.Service service : Stack.Service.values()) {
            JsonNode doc = JSON.readTree(given().baseUri(service.url()).get("/q/openapi?format=json").asString());
            for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
                if (!path.getKey().startsWith("/api/") || !path.getValue().has("get")) {
                    continue;
                }
                boolean list = !path.getKey().endsWith("}");
                for (String concrete : expand(path.getKey())) {
                    urls.add(service.name() + " " + concrete + (list ? "?limit=100" : ""));
                }
            }
        }
        return urls;
    }

    /** The path with each {param} replaced by the ids of the collection before it (every combination). */
    List<String> expand(String template) {
        List<String> result = new ArrayList<>(List.of(""));
        String[] segments = template.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            List<String> values = segments[i].startsWith("{")
                    ? ids.getOrDefault(segments[i - 1], List.of(UUID.randomUUID().toString()))
                    : List.of(segments[i]);
            List<String> next = new ArrayList<>();
            for (String prefix : result) {
                for (String value : values) {
                    next.add(prefix + "/" + value);
                }
            }
            result = next;
        }
        return result;
    }

    void familyWithAMarkerInEveryDatum() {
        String cap = Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
        Response registered = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "%s", "address": {"street": "%s", "municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "%s", "role": "PARENT", "birthDate": "1990-04-01",
                              "phone": "%s"},
                             {"firstName": "Petr", "lastName": "%s", "role": "CHILD", "birthDate": "2015-09-12",
                              "school": "%s", "schoolClass": "4.B"},
                             {"firstName": "Anna", "lastName": "%s", "role": "CHILD", "birthDate": "2017-02-03",
                              "school": "%s", "schoolClass": "2.A"}]}""".formatted(
                marker("household", "Rodina " + cap), marker("street", "Ulice " + cap),
                marker("parent", "Rodičová" + cap), marker("phone", "+420 6" + digits(8)),
                marker("child", "Sdílený" + cap), marker("childSchool", "ZŠ Petrova " + cap),
                marker("otherChild", "Nesdílená" + cap), marker("otherChildSchool", "ZŠ Annina " + cap)))
                .post("/api/v1/families");
        familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        child = members.get(1);
        ids.put("families", List.of(familyId));
        ids.put("members", members);
        String family = "/api/v1/families/" + familyId;

        String assessment = """
                {"summary": "%s", "ratings": [{"domain": "child.education", "memberId": "%s", "rating": "CONCERN"}],
                 "formulation": [{"category": "presenting", "text": "Absence."}]}""";
        String completed = at(Stack.Service.FAMILY, "sas.dvorak").body(assessment.formatted(
                marker("assessment", "Posouzení " + cap), child)).post(family + "/assessments").then().statusCode(201)
                .extract().path("id");
        at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", "\"0\"").post(family + "/assessments/" + completed + "/completion")
                .then().statusCode(200);
        String draft = at(Stack.Service.FAMILY, "sas.dvorak").body(assessment.formatted(marker("draft", "Koncept " + cap), child))
                .post(family + "/assessments").then().statusCode(201).extract().path("id");
        ids.put("assessments", List.of(completed, draft));
        String plan = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"source": "SAS_PLAN", "title": "%s", "reviewDate": "2099-06-30",
                 "goals": [{"what": "Petr chodí do školy", "steps": []}]}""".formatted(marker("plan", "Plán " + cap)))
                .post(family + "/plans").then().statusCode(201).extract().path("id");
        ids.put("plans", List.of(plan));
        String contact = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 30, "type": "PHONE", "summary": "%s"}"""
                .formatted(LocalDate.now(), marker("contact", "Kontakt " + cap)))
                .post(family + "/contacts").then().statusCode(201).extract().path("id");
        ids.put("contacts", List.of(contact));
        ids.put("consents", new ArrayList<>());
        ids.put("referrals", new ArrayList<>());
    }

    static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }

    /** A consent of the family's mother, recorded in family-service; its id. */
    String consent(String purpose, String recipient, String... scopes) {
        String parent = ids.get("members").get(0);
        String body = """
                {"givenBy": "%s", "purpose": "%s", %s "scopes": [%s], "formReference": "SAS-JIH/MATRIX"}""".formatted(parent,
                purpose, recipient == null ? "" : "\"recipientOrganization\": \"" + recipient + "\",",
                String.join(", ", List.of(scopes).stream().map(s -> "\"" + s + "\"").toList()));
        // A consent to an organization waits until family-service knows the directory entry (within a second).
        String id = Families.consent("sas.dvorak", familyId, body);
        ids.get("consents").add(id);
        return id;
    }

    /** A referral from SAS Jih, sent (once the consent or family has reached referral-service) and accepted; its id. */
    String referral(String body, String recipient) {
        String id = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response r = at(Stack.Service.REFERRAL, "sas.dvorak").body(body).post("/api/v1/referrals");
            return r.statusCode() == 201 ? r.<String>path("id") : null;
        }, r -> r != null);
        at(Stack.Service.REFERRAL, "sas.dvorak").body("{}").post("/api/v1/referrals/" + id + "/sending").then().statusCode(200);
        at(Stack.Service.REFERRAL, recipient).body("{}").post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(200);
        ids.get("referrals").add(id);
        return id;
    }

    /** tutor.benes (registered once) matched with the child and started; the match's id. */
    String match() {
        String tutor = Families.tutorBenes();
        String body = """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Knihovna", "schedule": "Po 16:00",
                 "school": "ZŠ", "schoolClass": "4.B", "sasContactName": "Martin Dvořák", "subjects": ["math"],
                 "goals": "Násobilka."}""".formatted(tutor, familyId, child);
        String id = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response r = at(Stack.Service.TUTORING, "klub.vesela").body(body).post("/api/v1/matches");
            return r.statusCode() == 201 ? r.<String>path("id") : null;
        }, r -> r != null);
        at(Stack.Service.TUTORING, "klub.vesela").body("{}").post("/api/v1/matches/" + id + "/start").then().statusCode(200);
        return id;
    }
}
