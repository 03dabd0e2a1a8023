package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;

/** Calls shared by the system tests. */
final class Families {
    private Families() {
    }

    static Response register(String user, String body) {
        return given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(user))
                .contentType(ContentType.JSON).body(body).post("/api/v1/families");
    }

    static Response inReferralService(String user, String familyId) {
        return given().baseUri(Stack.Service.REFERRAL.url()).auth().oauth2(Tokens.user(user))
                .get("/api/v1/families/" + familyId);
    }

    static long count(Stack.Service service, String sql, Object... params) {
        try (Connection db = Stack.database(service); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
