package cz.opora.family;

import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as a demo user, with a real token from Keycloak. */
public final class TestRequests {
    private TestRequests() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
