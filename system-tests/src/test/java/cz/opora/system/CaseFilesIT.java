package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Issue 13, played end to end: OSPOD, SAS Jih and NZDM Kotva each work on their own case file of one household,
 * linked; each sees the joined timeline within its rights; SAS Sever sees nothing; SAS's erasure of its own file
 * leaves OSPOD's and NZDM's files, OSPOD's conference and the referrals they received, with no SAS data in them,
 * and SAS's figures for the period unchanged.
 */
@ExtendWith(Stack.class)
class CaseFilesIT {
    static final String STATUTE = "§ 10 odst. 4 zákona č. 359/1999 Sb.";
    final String tag = "spis" + UUID.randomUUID().toString().substring(0, 8);

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void threeOrganizationsKeepTheirOwnLinkedFilesAndOneErasureLeavesTheOthersIntact() {
        Families.directory();
        // OSPOD registers the household on its statutory basis and refers it to SAS Jih.
        Response registered = at(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"name": "Rodina Horvátová %s", "address": {"street": "Cejl 12", "municipality": "Brno"},
                 "intake": {"source": "SCHOOL", "from": "ZŠ Merhautova"},
                 "members": [{"firstName": "Jana", "lastName": "Horvátová", "role": "PARENT", "birthDate": "1988-04-01"},
                             {"firstName": "Marek", "lastName": "Horvát", "role": "CHILD", "birthDate": "2011-09-12"},
                             {"firstName": "Eliška", "lastName": "Horvátová", "role": "CHILD", "birthDate": "2017-02-03"}]}"""
                .formatted(tag)).post("/api/v1/families");
        String ospodFile = registered.then().statusCode(201).body("intake.source", equalTo("SCHOOL")).extract().path("id");
        at(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"date": "%s", "durationMinutes": 45, "type": "OFFICE", "summary": "OSPOD %s šetření."}"""
                .formatted(LocalDate.now(), tag)).post("/api/v1/families/" + ospodFile + "/contacts").then().statusCode(201);
        String toSas = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response created = at(Stack.Service.REFERRAL, "ospod.novakova").body("""
                    {"familyId": "%s", "recipientOrganization": "sas-jih", "reason": "Hrozí ztráta bydlení.",
                     "request": "Sociálně aktivizační služba.", "urgency": "URGENT", "basis": "STATUTORY",
                     "statutoryReference": "%s", "scopes": ["BASIC", "CONTACT_DETAILS", "SCHOOL"]}"""
                    .formatted(ospodFile, STATUTE)).post("/api/v1/referrals");
            return created.statusCode() == 201 ? created.<String>path("id") : null;
        }, id -> id != null);
        at(Stack.Service.REFERRAL, "ospod.novakova").post("/api/v1/referrals/" + toSas + "/sending").then().statusCode(200);
        at(Stack.Service.REFERRAL, "sas.dvorak").body("{}").post("/api/v1/referrals/" + toSas + "/acceptance").then().statusCode(200);

        // SAS opens its own file from the referral: marked "referred by OSPOD", linked, and only once.
        Response opened = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                at(Stack.Service.FAMILY, "sas.dvorak").post("/api/v1/shared-families/" + ospodFile + "/case-file"),
                r -> r.statusCode() != 404);
        String sasFile = opened.then().statusCode(201).body("owningOrganization", equalTo("sas-jih"))
                .body("intake.source", equalTo("OPORA_REFERRAL")).body("intake.from", equalTo("ospod-mesto"))
                .body("intake.referralId", equalTo(toSas)).body("members", hasSize(3)).extract().path("id");
        String marek = opened.path("members.find { it.firstName == 'Marek' }.id");
        at(Stack.Service.FAMILY, "sas.dvorak").post("/api/v1/shared-families/" + ospodFile + "/case-file").then()
                .statusCode(409).body("type", endsWith("case-file-exists")).body("caseFileId", equalTo(sasFile));
        at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + sasFile + "/links").then().statusCode(200)
                .body("linkedFamilyId", hasItem(ospodFile)).body("find { it.linkedFamilyId == '" + ospodFile + "' }.referralId",
                        equalTo(toSas));

        // SAS works on its own file: a consent to refer Marek to NZDM, an assessment, a plan, a contact with hours.
        String consent = Families.consent("sas.dvorak", sasFile, """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "nzdm-kotva", "scopes": ["BASIC"],
                 "formReference": "SAS-JIH/%s"}""".formatted(opened.<String>path("members[0].id"), tag));
        String assessment = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"summary": "SAS %s: dluhy brání nájmu.", "ratings": [{"domain": "family.housing", "rating": "SERIOUS_CONCERN"}],
                 "formulation": [{"category": "perpetuating", "text": "SAS %s: exekuce.", "priority": true}]}"""
                .formatted(tag, tag)).post("/api/v1/families/" + sasFile + "/assessments").then().statusCode(201)
                .extract().path("id");
        at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", "\"0\"")
                .post("/api/v1/families/" + sasFile + "/assessments/" + assessment + "/completion").then().statusCode(200);
        at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"source": "SAS_PLAN", "title": "SAS %s: bydlení", "reviewDate": "%s",
                 "goals": [{"what": "Rodina bydlí v nájemním bytě",
                            "steps": [{"what": "Žádost o obecní byt", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "%s"}]}]}"""
                .formatted(tag, LocalDate.now().plusMonths(3), opened.<String>path("members[0].id"), LocalDate.now().plusWeeks(2)))
                .post("/api/v1/families/" + sasFile + "/plans").then().statusCode(201);
        at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 120, "type": "HOME_VISIT", "summary": "SAS %s návštěva doma."}"""
                .formatted(LocalDate.now(), tag)).post("/api/v1/families/" + sasFile + "/contacts").then().statusCode(201);
        // SAS convenes a case conference of its own on its file.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                at(Stack.Service.CONFERENCE, "sas.dvorak").body("""
                        {"familyId": "%s", "purpose": "SAS %s: bydlení", "scheduledFor": "%s", "place": "SAS Jih"}"""
                        .formatted(sasFile, tag, Instant.now().plus(Duration.ofDays(3)))).post("/api/v1/case-conferences")
                        .statusCode() == 201);

        // SAS refers Marek to NZDM with the family's consent; NZDM opens its own file for him and records its work.
        String toNzdm = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response created = at(Stack.Service.REFERRAL, "sas.dvorak").body("""
                    {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva",
                     "reason": "SAS %s: Marek tráví odpoledne venku sám.", "request": "Individuální práce v klubu.",
                     "urgency": "ROUTINE", "basis": "CONSENT", "consentId": "%s"}""".formatted(sasFile, marek, tag, consent))
                    .post("/api/v1/referrals");
            return created.statusCode() == 201 ? created.<String>path("id") : null;
        }, id -> id != null);
        at(Stack.Service.REFERRAL, "sas.dvorak").post("/api/v1/referrals/" + toNzdm + "/sending").then().statusCode(200);
        at(Stack.Service.REFERRAL, "nzdm.svoboda").body("{}").post("/api/v1/referrals/" + toNzdm + "/acceptance").then().statusCode(200);
        Response nzdmOpened = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                at(Stack.Service.FAMILY, "nzdm.svoboda").post("/api/v1/shared-families/" + sasFile + "/case-file"),
                r -> r.statusCode() != 404);
        String nzdmFile = nzdmOpened.then().statusCode(201).body("owningOrganization", equalTo("nzdm-kotva"))
                .body("members.firstName", equalTo(List.of("Marek"))).body("intake.from", equalTo("sas-jih"))
                .body("intake.referralId", equalTo(toNzdm)).extract().path("id");
        at(Stack.Service.FAMILY, "nzdm.svoboda").body("""
                {"date": "%s", "durationMinutes": 90, "type": "GROUP_SESSION", "summary": "Klub, Marek přišel s kamarády."}"""
                .formatted(LocalDate.now())).post("/api/v1/families/" + nzdmFile + "/contacts").then().statusCode(201);

        // The joined timelines: each sees the linked files' entries its rights allow, labelled, and nothing else.
        at(Stack.Service.FAMILY, "sas.dvorak").queryParam("limit", 100).get("/api/v1/families/" + sasFile + "/timeline")
                .then().statusCode(200)
                .body("items.findAll { it.organization == 'ospod-mesto' }.kind", hasItem("family.registered"))
                .body("items.findAll { it.organization == 'ospod-mesto' }.kind", not(hasItem("contact.recorded")))
                .body("items.findAll { it.organization == 'ospod-mesto' }.familyId", everyItem(equalTo(ospodFile)))
                .body("items.findAll { it.organization == 'sas-jih' }.kind", hasItem("contact.recorded"));
        at(Stack.Service.FAMILY, "nzdm.svoboda").queryParam("limit", 100).get("/api/v1/families/" + nzdmFile + "/timeline")
                .then().statusCode(200)
                .body("items.findAll { it.organization == 'sas-jih' }.kind", hasItem("family.registered"))
                .body("items.findAll { it.organization == 'sas-jih' }.kind", everyItem(org.hamcrest.Matchers.startsWith("family.")))
                .body("items.findAll { it.organization == 'nzdm-kotva' }.kind", hasItem("contact.recorded"))
                .body("items.familyId", not(hasItem(ospodFile)));
        for (String file : List.of(ospodFile, sasFile, nzdmFile)) {
            at(Stack.Service.FAMILY, "sas2.horak").get("/api/v1/families/" + file).then().statusCode(404);
            at(Stack.Service.FAMILY, "sas2.horak").post("/api/v1/shared-families/" + file + "/case-file").then().statusCode(404);
            at(Stack.Service.FAMILY, "sas2.horak").get("/api/v1/families/" + file + "/timeline").then().statusCode(404);
        }

        // OSPOD convenes a case conference on its own file: no referral from SAS needed.
        String conference = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response created = at(Stack.Service.CONFERENCE, "ospod.novakova").body("""
                    {"familyId": "%s", "purpose": "Bydlení a školní docházka", "scheduledFor": "%s", "place": "OSPOD Brno",
                     "statutoryReference": "%s"}""".formatted(ospodFile, Instant.now().plus(Duration.ofDays(5)), STATUTE))
                    .post("/api/v1/case-conferences");
            return created.statusCode() == 201 ? created.<String>path("id") : null;
        }, id -> id != null);

        // SAS closes its file (a closure counts in the period's figures), then reads its figures.
        Families.close(sasFile, "sas.dvorak");
        String figures = "/api/v1/statistics?from=" + LocalDate.now() + "&to=" + LocalDate.now();
        String conferenceFigures = "/api/v1/conferences/statistics?from=" + LocalDate.now() + "&to=" + LocalDate.now();
        String sasFiguresBefore = at(Stack.Service.FAMILY, "admin.sas").get(figures).then().statusCode(200).extract().asString();
        String sasConferenceFiguresBefore = at(Stack.Service.CONFERENCE, "admin.sas").get(conferenceFigures).then()
                .statusCode(200).extract().asString();
        // SAS closes its file and erases it, with its org-admin's approval.
        String sasWords = "%SAS " + tag + "%";
        Families.closeAndErase(sasFile, "sas.dvorak", "admin.sas");
        at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + sasFile).then().statusCode(404);
        at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + ospodFile).then().statusCode(200)
                .body("members", hasSize(3));
        at(Stack.Service.FAMILY, "nzdm.svoboda").get("/api/v1/families/" + nzdmFile).then().statusCode(200)
                .body("members.firstName", equalTo(List.of("Marek")));
        at(Stack.Service.FAMILY, "nzdm.svoboda").get("/api/v1/families/" + nzdmFile + "/links").then().statusCode(200)
                .body("$", hasSize(0));
        at(Stack.Service.FAMILY, "nzdm.svoboda").get("/api/v1/families/" + nzdmFile + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("case.unlinked")).body("items.organization", everyItem(equalTo("nzdm-kotva")));
        at(Stack.Service.FAMILY, "nzdm.svoboda").get("/api/v1/families/" + nzdmFile + "/contacts").then().statusCode(200)
                .body("items.durationMinutes", equalTo(List.of(90)));
        at(Stack.Service.CONFERENCE, "ospod.novakova").get("/api/v1/case-conferences/" + conference).then().statusCode(200);
        at(Stack.Service.REFERRAL, "ospod.novakova").get("/api/v1/referrals/" + toSas).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                at(Stack.Service.REFERRAL, "nzdm.svoboda").get("/api/v1/referrals/" + toNzdm).then().statusCode(200)
                        .body("reason", equalTo("-")).body("request", equalTo("-"))
                        .body("familyErasedAt", org.hamcrest.Matchers.notNullValue()).body("familyId", equalTo(null)));
        assertThat(at(Stack.Service.FAMILY, "admin.sas").get(figures).then().statusCode(200).extract().asString())
                .as("SAS's figures for the period").isEqualTo(sasFiguresBefore);
        await().atMost(Duration.ofSeconds(60)).until(() -> Families.count(Stack.Service.CONFERENCE,
                "SELECT count(*) FROM case_conference WHERE family_id = ?::uuid AND family_erased_at IS NULL", sasFile) == 0);
        assertThat(at(Stack.Service.CONFERENCE, "admin.sas").get(conferenceFigures).then().statusCode(200).extract().asString())
                .as("SAS's conference figures for the period").isEqualTo(sasConferenceFiguresBefore);
        assertThat(Families.count(Stack.Service.CONFERENCE, "SELECT count(*) FROM case_conference WHERE purpose LIKE ?", sasWords))
                .isZero();

        // No SAS data left anywhere: its words and its file's id are gone from every service's records.
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM contact WHERE summary LIKE ?", sasWords)).isZero();
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM assessment WHERE summary LIKE ?", sasWords)).isZero();
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM plan WHERE title LIKE ?", sasWords)).isZero();
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM family WHERE id = ?::uuid", sasFile)).isZero();
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM case_link WHERE family_id = ?::uuid "
                + "OR linked_family_id = ?::uuid", sasFile, sasFile)).isZero();
        assertThat(Families.count(Stack.Service.REFERRAL, "SELECT count(*) FROM referral WHERE reason LIKE ?", sasWords)).isZero();
        assertThat(Families.count(Stack.Service.REFERRAL, "SELECT count(*) FROM referral WHERE family_id = ?::uuid "
                + "AND cardinality(member_ids) > 0", sasFile)).isZero();
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM erasure_register WHERE family_id = ?::uuid", sasFile))
                .isEqualTo(1);
    }
}
