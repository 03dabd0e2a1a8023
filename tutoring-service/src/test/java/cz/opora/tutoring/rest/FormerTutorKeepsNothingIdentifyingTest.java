package cz.opora.tutoring.rest;

import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import cz.opora.tutoring.domain.TutoringMatch;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.TUTOR;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An ended match keeps the programme's record (dates, hours, sessions' dates and durations, the outcome) and nothing
 * that identifies or locates the child: for the former tutor once the match ended for any reason; for the programme's
 * staff once the family's consent ended, when the stored place, school and SAS contact are also dropped.
 */
@QuarkusTest
class FormerTutorKeepsNothingIdentifyingTest {
    /** The child's name, the home address, the school and class, the SAS worker, the goals and the free texts. */
    static final List<String> IDENTIFYING = List.of("Petr", "Novák", "Bratislavská", "Merhautova", "3.B", "Dvořák",
            "Multiplication", "school trip");

    @Test
    void afterTheConsentIsWithdrawnNeitherTheFormerTutorNorTheStaffSeeTheChildAndTheStoredDetailsAreDropped() {
        Running running = runningMatchWithASessionAndProgress();
        String match = running.match();
        as(TUTOR).get("/api/v1/matches/" + match).then().statusCode(200).body("childName", equalTo("Petr Novák"))
                .body("place", equalTo("Bratislavská 41, Brno")).body("childDetailsWithheld", equalTo(false));

        FamilyEvents.withdrawConsent(TutoringFixture.prefix(), running.family(), running.consent());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(STAFF).get("/api/v1/matches/" + match).then()
                .statusCode(200).body("status", equalTo("ENDED")).body("endReason", equalTo("CONSENT_WITHDRAWN")));

        for (String user : List.of(TUTOR, STAFF)) {
            showsTheRecordWithoutTheChild(user, match);
        }
        as(TUTOR).body("""
                {"term": "2026/27-2", "grades": [{"subject": "math", "grade": 2}]}""")
                .put("/api/v1/matches/" + match + "/school-progress").then().statusCode(409);
        TutoringMatch stored = stored(match);
        assertThat(stored.consentEndedAt).isNotNull();
        assertThat(List.of(String.valueOf(stored.place), String.valueOf(stored.school), String.valueOf(stored.schoolClass),
                String.valueOf(stored.sasContactName), String.valueOf(stored.goals))).as("dropped from the record")
                .containsOnly("null");
        assertThat(stored.startedAt).isNotNull();
        assertThat(stored.schedule).isEqualTo("Mon and Wed 16:00");
    }

    @Test
    void afterAnOrdinaryEndTheFormerTutorSeesOnlyTheRecordAndTheStaffKeepTheChildOnlyWhileTheConsentLasts() {
        Running running = runningMatchWithASessionAndProgress();
        String match = running.match();
        as(STAFF).body("{\"reason\": \"GOALS_MET\", \"note\": \"Petr reads fluently now.\"}")
                .post("/api/v1/matches/" + match + "/end").then().statusCode(200).body("childName", equalTo("Petr Novák"));

        showsTheRecordWithoutTheChild(TUTOR, match);
        as(STAFF).get("/api/v1/matches/" + match).then().statusCode(200).body("childName", equalTo("Petr Novák"))
                .body("school", equalTo("ZŠ Merhautova")).body("childDetailsWithheld", equalTo(false));

        FamilyEvents.withdrawConsent(TutoringFixture.prefix(), running.family(), running.consent());
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(match).consentEndedAt != null);
        showsTheRecordWithoutTheChild(STAFF, match);
        as(STAFF).get("/api/v1/matches/" + match).then().body("endReason", equalTo("GOALS_MET"));
        assertThat(stored(match).place).isNull();
    }

    @Test
    void whenTheFamilysSasErasesItsFileTheProgrammeKeepsTheEndedRecordWithoutTheChild() {
        Running running = runningMatchWithASessionAndProgress();
        String match = running.match();
        FamilyEvents.erase(TutoringFixture.prefix(), running.family());
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(match).familyErasedAt != null);
        for (String user : List.of(TUTOR, STAFF)) {
            showsTheRecordWithoutTheChild(user, match);
        }
        TutoringMatch stored = stored(match);
        assertThat(stored.consentEndedAt).isNotNull();
        assertThat(stored.status).isEqualTo(TutoringMatch.Status.ENDED);
        assertThat(List.of(String.valueOf(stored.place), String.valueOf(stored.school), String.valueOf(stored.goals),
                String.valueOf(stored.sasContactName))).containsOnly("null");
    }

    record Running(Family family, UUID consent, String match) {
    }

    /**
     * tutor.benes and a child of a family that consented to tutoring: the match started, one session held (90 minutes,
     * with notes), school progress with the teacher's words.
     */
    static Running runningMatchWithASessionAndProgress() {
        String tutor = TutoringFixture.tutor(TUTOR, LocalDate.now().minusMonths(3).toString());
        Family family = TutoringFixture.family(false);
        UUID consent = TutoringFixture.tutoringConsent(family);
        String match = TutoringFixture.match(tutor, family, family.childId());
        as(STAFF).body("{}").post("/api/v1/matches/" + match + "/start").then().statusCode(200);
        as(TUTOR).body("""
                {"date": "%s", "held": true, "durationMinutes": 90, "childPresent": true, "parentPresent": true,
                 "subjects": ["math"], "workedOn": "Multiplication by 6.", "noteForSas": "The mother asks about the school trip fee."}"""
                .formatted(LocalDate.now().minusDays(3))).post("/api/v1/matches/" + match + "/sessions").then().statusCode(201);
        as(TUTOR).body("""
                {"term": "2026/27-1", "grades": [{"subject": "math", "grade": 3, "teacherFeedback": "Petr is better at it."}]}""")
                .put("/api/v1/matches/" + match + "/school-progress").then().statusCode(200);
        return new Running(family, consent, match);
    }

    /** The match, its place in the list, its sessions and progress: the record is there, the child is not. */
    static void showsTheRecordWithoutTheChild(String user, String match) {
        String one = as(user).get("/api/v1/matches/" + match).then().statusCode(200)
                .body("childDetailsWithheld", equalTo(true)).body("childName", nullValue()).body("place", nullValue())
                .body("school", nullValue()).body("sasContactName", nullValue()).body("status", equalTo("ENDED"))
                .body("startedAt", org.hamcrest.Matchers.notNullValue()).body("endedAt", org.hamcrest.Matchers.notNullValue())
                .body("schedule", equalTo("Mon and Wed 16:00")).extract().asString();
        Object listed = as(user).get("/api/v1/matches?limit=100").then().statusCode(200).extract().jsonPath()
                .get("items.find { it.id == '" + match + "' }");
        assertThat(listed).as(user + " lists the match").isNotNull();
        String sessions = as(user).get("/api/v1/matches/" + match + "/sessions").then().statusCode(200)
                .body("items[0].date", equalTo(LocalDate.now().minusDays(3).toString())).body("items[0].durationMinutes", equalTo(90))
                .body("items[0].held", equalTo(true)).body("items[0].workedOn", nullValue()).extract().asString();
        String progress = as(user).get("/api/v1/matches/" + match + "/school-progress").then().statusCode(200)
                .body("[0].grades[0].grade", equalTo(3)).extract().asString();
        for (String text : List.of(one, String.valueOf(listed), sessions, progress)) {
            assertThat(text).as(user + " sees nothing identifying").doesNotContain(IDENTIFYING);
        }
    }

    static TutoringMatch stored(String match) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            TutoringMatch m = em.find(TutoringMatch.class, UUID.fromString(match));
            em.detach(m);
            return m;
        });
    }
}
