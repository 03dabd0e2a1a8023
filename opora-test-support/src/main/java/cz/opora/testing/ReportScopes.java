package cz.opora.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * Whose figures a statistics endpoint answers (cz.opora.common.security.ReportingOrganization), checked the same way in
 * every service: the auditor naming an organization gets exactly that organization's JSON figures, the auditor naming
 * none 400 on {@code organization}, a worker naming another organization 403, naming the own one 200.
 */
public final class ReportScopes {
    public static final String AUDITOR = "auditor.kraj";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportScopes() {
    }

    public static void check(Function<String, RequestSpecification> as, String url, String worker, String own, String other) {
        JsonNode theirs = tree(as.apply(worker).get(url).then().statusCode(200).extract().asString());
        JsonNode audited = tree(as.apply(AUDITOR).queryParam("organization", own).get(url).then().statusCode(200)
                .extract().asString());
        if (!audited.equals(theirs)) {
            throw new AssertionError("the auditor's figures of " + own + " at " + url + " differ from its own worker's:\n"
                    + audited + "\n" + theirs);
        }
        as.apply(AUDITOR).get(url).then().statusCode(400).body("errors.field", hasItem("organization"));
        as.apply(worker).queryParam("organization", other).get(url).then().statusCode(403)
                .contentType(containsString("problem+json")).body(containsString("own-organization-only"));
        as.apply(worker).queryParam("organization", own).get(url).then().statusCode(200);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
