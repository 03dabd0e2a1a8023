package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

/**
 * The coordination organization's own coordinator, as the family group conference tests expect her. Tests share one
 * stack, and {@code BadInputIT}'s walk puts random valid profiles (another name, {@code active: false}) through
 * {@code PUT /coordinators/me}, so each test puts hers back, with the current ETag when the profile exists.
 */
final class CoordinatorProfiles {
    static final String RADKA = "Radka Koordinátorová";

    private CoordinatorProfiles() {
    }

    /** rk.koordinator's profile: Radka, speaking Czech and Romani, active; returns its id. */
    static String radka() {
        Response me = given().baseUri(Stack.Service.CONFERENCE.url()).auth().oauth2(Tokens.user("rk.koordinator"))
                .get("/api/v1/coordinators/me");
        var put = given().baseUri(Stack.Service.CONFERENCE.url()).auth().oauth2(Tokens.user("rk.koordinator"))
                .contentType("application/json").body("""
                        {"name": "%s", "languages": ["czech", "romani"], "gender": "FEMALE", "active": true}""".formatted(RADKA));
        if (me.statusCode() == 200) {
            put = put.header("If-Match", me.header("ETag"));
        }
        return put.put("/api/v1/coordinators/me").then().log().ifValidationFails().statusCode(oneOf(200, 201))
                .extract().path("id");
    }
}
