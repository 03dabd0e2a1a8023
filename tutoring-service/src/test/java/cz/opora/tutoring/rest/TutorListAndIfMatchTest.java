package cz.opora.tutoring.rest;

import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** The tutors' list pages by name without names in its cursors; If-Match takes only the strong current ETag. */
@QuarkusTest
class TutorListAndIfMatchTest {

    static String tutor(String name) {
        return as(STAFF).body("""
                {"name": "%s", "subjects": ["math"], "languages": ["czech"], "agreementSignedOn": "%s"}"""
                .formatted(name, LocalDate.now().minusMonths(1))).post("/api/v1/tutors").then().statusCode(201).extract().path("id");
    }

    @Test
    void cursorsCarryNoPersonalData() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        List<String> names = List.of("Alžběta Kurzorová " + marker, "Bohumil Kurzor " + marker, "Cyril Kurzorek " + marker);
        List<String> created = new ArrayList<>();
        for (String name : names) {
            created.add(tutor(name));
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var request = as(STAFF).queryParam("limit", 2);
            Response page = (next == null ? request : request.queryParam("after", next)).get("/api/v1/tutors");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            next = page.path("next");
            if (next != null) {
                String plain = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
                for (String name : names) {
                    for (String part : name.split(" ")) {
                        assertThat(plain).as("cursor " + next).doesNotContainIgnoringCase(part);
                    }
                }
                assertThat(plain).doesNotContain(" ");
            }
            pages++;
        } while (next != null && !seen.containsAll(created) && pages < 5000);
        // (Paging stops once the three are seen: a database that other suites filled keeps the test short.)
        assertThat(seen).as("every tutor exactly once").doesNotHaveDuplicates().containsAll(created);
        assertThat(seen.indexOf(created.get(0))).isLessThan(seen.indexOf(created.get(1)));
        assertThat(seen.indexOf(created.get(1))).isLessThan(seen.indexOf(created.get(2)));

        // A cursor naming a row the programme cannot list (here: a made-up id) answers 400 on after.
        String foreign = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.UTF_8));
        as(STAFF).queryParam("after", foreign).get("/api/v1/tutors").then().statusCode(400).body("errors.field", contains("after"));
    }

    @Test
    void ifMatchMustBeTheStrongCurrentETag() {
        String tutor = "/api/v1/tutors/" + tutor("Dita Opatrná");
        String change = """
                {"name": "Dita Přepsaná", "subjects": ["math"], "languages": ["czech"]}""";
        Family family = TutoringFixture.family(true);
        String match = "/api/v1/matches/" + TutoringFixture.match(
                TutoringFixture.tutor(null, LocalDate.now().minusMonths(3).toString()), family, family.childId());
        for (String notStrong : new String[] {"*", "W/\"0\""}) {
            as(STAFF).header("If-Match", notStrong).body(change).put(tutor)
                    .then().statusCode(412).contentType("application/problem+json").body("type", endsWith("/strong-etag-required"));
            // Starting a match takes If-Match optionally; one that is sent must be strong too.
            as(STAFF).header("If-Match", notStrong).body("{}").post(match + "/start")
                    .then().statusCode(412).body("type", endsWith("/strong-etag-required"));
        }
        as(STAFF).get(tutor).then().body("name", equalTo("Dita Opatrná"));
        as(STAFF).header("If-Match", "\"0\"").body(change).put(tutor).then().statusCode(200).body("name", equalTo("Dita Přepsaná"));
        as(STAFF).header("If-Match", "\"0\"").body("{}").post(match + "/start").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
