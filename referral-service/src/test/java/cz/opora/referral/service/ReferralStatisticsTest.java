package cz.opora.referral.service;

import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.referral.domain.Basis;
import cz.opora.referral.domain.Outcome;
import cz.opora.referral.domain.Referral;
import cz.opora.referral.domain.ReferralStatus;
import cz.opora.referral.domain.Urgency;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cz.opora.testing.Spreadsheets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.NZDM;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.SAS_SEVER;
import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures per organization and period, over referrals placed in March 2001, a period only this test uses (it
 * clears it first, so reruns against the same database give the same figures).
 */
@QuarkusTest
class ReferralStatisticsTest {
    static final Instant MARCH = Instant.parse("2001-03-05T09:00:00Z");

    @Inject
    EntityManager em;

    Referral referral(Family family, int day, Urgency urgency, Duration due, Duration answeredAfter, boolean accepted) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.familyId = family.id();
        r.senderOrganization = SAS_JIH.id();
        r.senderType = "SAS";
        r.senderWorker = "test";
        r.senderWorkerName = "Test";
        r.recipientOrganization = NZDM.id();
        r.recipientType = "NZDM";
        r.recipientUsesOpora = true;
        r.reason = "statistics";
        r.request = "statistics";
        r.urgency = urgency;
        r.basis = Basis.CONSENT;
        r.consentId = UUID.randomUUID();
        r.scopes = "BASIC";
        r.createdAt = MARCH.plus(Duration.ofDays(day));
        r.sentAt = r.createdAt;
        r.dueAt = r.sentAt.plus(due);
        r.status = ReferralStatus.SENT;
        if (answeredAfter != null) {
            r.answeredAt = r.sentAt.plus(answeredAfter);
            r.status = accepted ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED;
            r.acceptedAt = accepted ? r.answeredAt : null;
        }
        r.updatedAt = r.createdAt;
        return r;
    }

    @Test
    void theAuditorNamesTheOrganizationAndWorkersSeeTheirOwnOnly() {
        cz.opora.testing.ReportScopes.check(ReferralFixture::as, "/api/v1/referrals/statistics", "sas.dvorak", "sas-jih",
                "nzdm-kotva");
    }

    @Test
    void figuresCountSentAndReceivedReferralsWithTheMedianTimeToAnswerAndTheShareInTime() {
        ReferralFixture.directory();
        Family family = ReferralFixture.family(SAS_JIH);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM referral WHERE sent_at >= '2001-03-01' AND sent_at < '2001-04-01'").executeUpdate();
            Referral completed = referral(family, 0, Urgency.URGENT, Duration.ofDays(3), Duration.ofHours(2), true);
            completed.status = ReferralStatus.COMPLETED;
            completed.outcome = Outcome.GOALS_MET;
            completed.completedAt = completed.sentAt.plus(Duration.ofDays(20));
            em.persist(completed);
            em.persist(referral(family, 1, Urgency.ROUTINE, Duration.ofDays(14), Duration.ofHours(4), false));
            em.persist(referral(family, 2, Urgency.EMERGENCY, Duration.ofHours(24), Duration.ofHours(30), true));
            em.persist(referral(family, 3, Urgency.ROUTINE, Duration.ofDays(14), null, false));
        });

        JsonPath sent = as(SAS_JIH.worker()).queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/referrals/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(sent.getInt("sent.total")).isEqualTo(4);
        assertThat(sent.getMap("sent.byOrganizationType")).isEqualTo(Map.of("NZDM", 4));
        assertThat(sent.getMap("sent.byUrgency")).isEqualTo(Map.of("EMERGENCY", 1, "ROUTINE", 2, "URGENT", 1));
        assertThat(sent.getInt("sent.answered")).isEqualTo(3);
        assertThat(sent.getInt("sent.accepted")).isEqualTo(2);
        assertThat(sent.getInt("sent.declined")).isEqualTo(1);
        assertThat(sent.getDouble("sent.acceptedShare")).isEqualTo(0.667);
        assertThat(sent.getDouble("sent.medianHoursToAnswer")).isEqualTo(4.0);
        assertThat(sent.getDouble("sent.answeredInTimeShare")).isEqualTo(0.667);
        assertThat(sent.getInt("sent.awaitingAnswer")).isEqualTo(1);
        assertThat(sent.getInt("sent.overdue")).isEqualTo(1);
        assertThat(sent.getMap("sent.outcomes")).isEqualTo(Map.of("GOALS_MET", 1));
        assertThat(sent.getInt("received.total")).isZero();
        assertThat(sent.getString("received.acceptedShare")).isNull();

        JsonPath received = as(NZDM.worker()).queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/referrals/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(received.getInt("received.total")).isEqualTo(4);
        assertThat(received.getMap("received.byOrganizationType")).isEqualTo(Map.of("SAS", 4));
        assertThat(received.getDouble("received.medianHoursToAnswer")).isEqualTo(4.0);

        assertThat(as(SAS_SEVER.worker()).queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/referrals/statistics").then().statusCode(200).extract().jsonPath().getInt("sent.total"))
                .as("another organization's figures").isZero();
        String json = as(SAS_JIH.worker()).queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/referrals/statistics").then().extract().asString();
        Spreadsheets.Sheet sheet = Spreadsheets.xlsx(as(SAS_JIH.worker()).queryParam("from", "2001-03-01")
                .queryParam("to", "2001-03-31").queryParam("format", "xlsx").get("/api/v1/referrals/statistics")
                .then().statusCode(200).extract().asByteArray());
        assertThat(sheet.figures()).as("the funders' sheet carries the JSON figures").containsExactlyEntriesOf(Spreadsheets.json(json))
                .containsEntry("sent.total", new java.math.BigDecimal("4")).containsEntry("received.acceptedShare", null);
        assertThat(sheet.labels()).containsEntry("sent.byUrgency.EMERGENCY", "Odeslaná doporučení – Podle naléhavosti – krizové");
        as(SAS_JIH.worker()).queryParam("from", "2001-03-31").queryParam("to", "2001-03-01")
                .get("/api/v1/referrals/statistics").then().statusCode(400);
        as(SAS_JIH.admin()).get("/api/v1/referrals/statistics").then().statusCode(200);
    }
}
