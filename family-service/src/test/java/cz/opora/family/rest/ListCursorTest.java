package cz.opora.family.rest;

import cz.opora.common.persistence.SearchText;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

/** List cursors travel in URLs ({@code ?after=}): they carry no name, and paging by name still shows each row once. */
@QuarkusTest
class ListCursorTest {

    static String family(String household, String first, String last) {
        return as("sas.dvorak").body("""
                        {"name": "%s", "address": {"municipality": "Brno"},
                         "members": [{"firstName": "%s", "lastName": "%s", "role": "PARENT"}]}""".formatted(household, first, last))
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
    }

    /** What an attacker reading a URL could try: base64 in both alphabets, with or without padding. */
    static String decoded(String cursor) {
        for (Base64.Decoder decoder : List.of(Base64.getUrlDecoder(), Base64.getDecoder(), Base64.getMimeDecoder())) {
            try {
                return new String(decoder.decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // try the next alphabet
            }
        }
        return cursor;
    }

    @Test
    void cursorsCarryNoPersonalData() {
        String marker = "kurzor" + UUID.randomUUID().toString().substring(0, 8);
        String[][] names = {{"Rodina Adámkova " + marker, "Šárka", "Adámková"}, {"Rodina Bartošova " + marker, "Bořivoj", "Bartoš"},
                {"Rodina Čermákova " + marker, "Čestmír", "Čermák"}, {"Rodina Dvořákova " + marker, "Dagmar", "Dvořáková"},
                {"Rodina Exnerova " + marker, "Emil", "Exner"}};
        List<String> ids = new ArrayList<>();
        for (String[] n : names) {
            ids.add(family(n[0], n[1], n[2]));
        }

        List<String> seen = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String next = null;
        do {
            var request = as("sas.kralova").queryParam("q", marker).queryParam("sort", "NAME").queryParam("limit", 2);
            Response page = (next == null ? request : request.queryParam("after", next)).get("/api/v1/families");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            next = page.path("next");
            if (next != null) {
                cursors.add(next);
            }
        } while (next != null);
        assertThat(seen).as("every family exactly once, by name").containsExactlyElementsOf(ids);
        assertThat(cursors).hasSize(2);

        for (String cursor : cursors) {
            String plain = decoded(cursor).toLowerCase();
            for (String[] n : names) {
                for (String part : String.join(" ", n).split(" ")) {
                    if (part.length() > 3) {
                        assertThat(plain).as("cursor " + cursor).doesNotContain(part.toLowerCase())
                                .doesNotContain(SearchText.normalize(part));
                    }
                }
            }
        }

        // Another organization cannot continue from this cursor (its row is not one it can list); 400 on after.
        as("sas2.horak").queryParam("sort", "NAME").queryParam("after", cursors.get(0)).get("/api/v1/families")
                .then().statusCode(400).body("errors.field", contains("after"));
        // A tampered cursor, and a cursor of the newest-first list used by name, are refused the same way.
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString((ids.get(0) + "|rodina adamkova")
                .getBytes(StandardCharsets.UTF_8));
        as("sas.kralova").queryParam("sort", "NAME").queryParam("after", forged).get("/api/v1/families")
                .then().statusCode(400).body("errors.field", contains("after"));
        String newest = as("sas.kralova").queryParam("q", marker).queryParam("limit", 1).get("/api/v1/families").path("next");
        as("sas.kralova").queryParam("sort", "NAME").queryParam("after", newest).get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        as("sas.kralova").queryParam("q", marker).queryParam("limit", 1).queryParam("after", newest).get("/api/v1/families")
                .then().statusCode(200).body("items.id", contains(ids.get(3)));
    }
}
