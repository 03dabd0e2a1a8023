package cz.opora.referral.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventValidator;
import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.NZDM;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.SAS_SEVER;
import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of the audit's reach: every read of a family's data here writes, with its audit row, one
 * {@code cz.opora.audit.family-read} per family for the owner's access log, naming who, the route and the referral
 * it went through, and nothing of the family but its id. A refused read writes none.
 */
@QuarkusTest
class FamilyReadReportTest {
    static final String REFERRALS = "/api/v1/referrals";

    @BeforeEach
    void directory() {
        ReferralFixture.directory();
    }

    @Test
    void everyReadOfAFamilyHereIsReportedToItsOwnerOncePerFamilyWithTheReferralItWentThrough() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC", "SCHOOL");
        String first = as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null))
                .post(REFERRALS).then().statusCode(201).extract().path("id");
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "URGENT", consent, null))
                .post(REFERRALS).then().statusCode(201);
        as(SAS_JIH.worker()).body("{}").post(REFERRALS + "/" + first + "/sending").then().statusCode(200);
        int before = ReferralFixture.readReports(family).size();

        as(NZDM.worker()).get(REFERRALS + "/" + first).then().statusCode(200);
        as(SAS_SEVER.worker()).get(REFERRALS + "/" + first).then().statusCode(404);
        as(SAS_JIH.worker()).get(REFERRALS + "?direction=OUTGOING&familyId=" + family.id()).then().statusCode(200);

        List<JsonNode> reports = ReferralFixture.readReports(family);
        assertThat(reports).hasSize(before + 2);
        JsonNode read = reports.get(before);
        assertThat(EventValidator.problems(read)).isEmpty();
        assertThat(read.get("source").asText()).isEqualTo("/opora/referral-service");
        assertThat(read.at("/data/familyId").asText()).isEqualTo(family.id().toString());
        assertThat(read.at("/data/actorUsername").asText()).isEqualTo("nzdm.svoboda");
        assertThat(read.at("/data/actorOrganization").asText()).isEqualTo("nzdm-kotva");
        assertThat(read.at("/data/action").asText()).isEqualTo("referral.read");
        assertThat(read.at("/data/endpoint").asText()).isEqualTo("GET /api/v1/referrals/{id}");
        assertThat(read.at("/data/throughType").asText()).isEqualTo("referral");
        assertThat(read.at("/data/throughId").asText()).isEqualTo(first);
        assertThat(read.toString()).as("nothing of the family but its id").doesNotContain("Jakub", "Referralov");

        JsonNode list = reports.get(before + 1);
        assertThat(list.at("/data/endpoint").asText()).as("two referrals of one family listed: one report")
                .isEqualTo("GET /api/v1/referrals");
        assertThat(list.at("/data/throughType").isNull()).isTrue();
    }
}
