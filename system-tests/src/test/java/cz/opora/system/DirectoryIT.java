package cz.opora.system;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The directory across the suite: referral-service owns it and publishes every entry it saves; family-service
 * refuses a SHARING consent to an organization that is not in it, and accepts one as soon as the entry arrives.
 */
@ExtendWith(Stack.class)
class DirectoryIT {

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void aSharingConsentNamesOnlyAnOrganizationInTheDirectory() {
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Adresářová"));
        String family = registered.then().statusCode(201).extract().path("id");
        String mother = registered.path("members[0].id");
        String name = "Poradna Adresářová " + UUID.randomUUID().toString().substring(0, 8);
        String consent = """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "%s", "formReference": "F-DIR"}""";

        // A typo, or an organization nobody entered: refused, naming the field.
        at(Stack.Service.FAMILY, "sas.dvorak").body(consent.formatted(mother, "poradna-adresarova-preklep"))
                .post("/api/v1/families/" + family + "/consents").then().statusCode(400)
                .body("errors.field", contains("recipientOrganization"))
                .body("errors.message", contains("is not in the directory"));

        String entry = at(Stack.Service.REFERRAL, "admin.sas").body("""
                {"name": "%s", "type": "COUNSELLING", "municipalities": ["Brno"], "services": ["poradenství"],
                 "acceptingNewClients": true}""".formatted(name)).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
        Instant saved = Instant.now();
        String id = Families.consent("sas.dvorak", family, consent.formatted(mother, entry));
        System.out.printf("directory entry usable in family-service %d ms after it was saved%n",
                Duration.between(saved, Instant.now()).toMillis());
        at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + family + "/consents/" + id)
                .then().statusCode(200).body("recipientOrganization", equalTo(entry));
    }
}
