package cz.opora.family.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Case conference tasks and tutors' vetting in My work, from conference-service's and tutoring-service's events over
 * the real Kafka: a task reaches the organization (or the worker) that owes it and nobody else; a tutor's expiring
 * vetting is the programme's club leaders' from 30 days before its last valid day.
 */
@QuarkusTest
class WorkTasksAndVettingTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    List<String> workRefs(String user, String query) {
        return as(user).get("/api/v1/work" + query).then().statusCode(200).extract().jsonPath().getList("items.refId");
    }

    void task(EventType type, String family, UUID conference, UUID task, String owes, String assignee, LocalDate due,
              String status) {
        ObjectNode event = SampleEvents.about(type, UUID.fromString(family));
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("taskId", task.toString()).put("conferenceId", conference.toString()).put("organization", "ospod-mesto")
                .put("assigneeOrganization", owes).put("dueDate", due.toString()).put("status", status);
        if (assignee == null) {
            data.putNull("assignee");
        } else {
            data.put("assignee", assignee);
        }
        KafkaTestClient.send(prefix + Topics.CONFERENCE, family, event.toString());
    }

    void vetting(UUID tutor, String organization, LocalDate validUntil, boolean active) {
        ObjectNode event = SampleEvents.about(EventType.TUTORING_TUTOR_VETTING, tutor);
        ((ObjectNode) event.get("data")).remove("familyId");
        ((ObjectNode) event.get("data")).put("tutorId", tutor.toString()).put("organization", organization)
                .put("validUntil", validUntil.toString()).put("active", active);
        KafkaTestClient.send(prefix + Topics.TUTORING, tutor.toString(), event.toString());
    }

    @Test
    void aTaskForAnotherOrganizationWaitsInItsQueueIsNotifiedAndGoesWhenFollowedUp() {
        String family = as("ospod.novakova").body(SampleRequests.family("Rodina Úkolová")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        UUID conference = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Prague")).plusDays(7);
        task(EventType.CONFERENCE_TASK_ASSIGNED, family, conference, task, "nzdm-kotva", null, due, "OPEN");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("nzdm.svoboda", "?kind=CONFERENCE_TASK")).contains(task.toString()));
        as("nzdm.svoboda").get("/api/v1/work?kind=CONFERENCE_TASK").then()
                .body("items.find { it.refId == '" + task + "' }.queue", equalTo(true))
                .body("items.find { it.refId == '" + task + "' }.dueDate", equalTo(due.toString()))
                .body("items.find { it.refId == '" + task + "' }.familyId", nullValue())
                .body("items.find { it.refId == '" + task + "' }.link", equalTo("/api/v1/case-conferences/" + conference));
        as("nzdm.svoboda").get("/api/v1/notifications").then()
                .body("items.find { it.refId == '" + task + "' }.kind", equalTo("TASK_ASSIGNED"));
        assertThat(workRefs("ospod.novakova", "?kind=CONFERENCE_TASK")).as("the convener's organization does not owe it")
                .doesNotContain(task.toString());
        assertThat(workRefs("admin.ospod", "?kind=CONFERENCE_TASK")).doesNotContain(task.toString());
        assertThat(workRefs("sas.dvorak", "?kind=CONFERENCE_TASK")).as("another organization").doesNotContain(task.toString());

        task(EventType.CONFERENCE_TASK_CLOSED, family, conference, task, "nzdm-kotva", null, due, "DONE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("nzdm.svoboda", "?kind=CONFERENCE_TASK")).doesNotContain(task.toString()));
    }

    @Test
    void aTaskOfANamedWorkerIsTheirsAndTheirOrgAdminsOnly() {
        String family = as("ospod.novakova").body(SampleRequests.family("Rodina Svolaná")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        UUID conference = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        LocalDate overdue = LocalDate.now(ZoneId.of("Europe/Prague")).minusDays(1);
        task(EventType.CONFERENCE_TASK_ASSIGNED, family, conference, task, "ospod-mesto",
                Tokens.subject("ospod.novakova"), overdue, "OPEN");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("ospod.novakova", "?familyId=" + family)).contains(task.toString()));
        as("ospod.novakova").get("/api/v1/work?familyId=" + family).then()
                .body("items.find { it.refId == '" + task + "' }.queue", equalTo(false))
                .body("items.find { it.refId == '" + task + "' }.overdue", equalTo(true))
                .body("items.find { it.refId == '" + task + "' }.familyId", equalTo(family));
        assertThat(workRefs("admin.ospod", "?familyId=" + family)).contains(task.toString());
        assertThat(workRefs("admin.sas", "?kind=CONFERENCE_TASK")).doesNotContain(task.toString());
    }

    @Test
    void aTutorsVettingIsTheClubLeadersFrom30DaysBeforeItExpiresAndGoesWithTheTutor() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Prague"));
        UUID soon = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        vetting(soon, "doucovani", today.plusDays(10), true);
        vetting(later, "doucovani", today.plusDays(40), true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("klub.vesela", "?kind=TUTOR_VETTING_EXPIRING&limit=100")).contains(soon.toString()));
        as("klub.vesela").get("/api/v1/work?kind=TUTOR_VETTING_EXPIRING&limit=100").then()
                .body("items.find { it.refId == '" + soon + "' }.queue", equalTo(true))
                .body("items.find { it.refId == '" + soon + "' }.refType", equalTo("tutor"))
                .body("items.find { it.refId == '" + soon + "' }.familyId", nullValue())
                .body("items.find { it.refId == '" + soon + "' }.link", equalTo("/api/v1/tutors/" + soon));
        assertThat(workRefs("klub.vesela", "?kind=TUTOR_VETTING_EXPIRING&limit=100")).as("not within 30 days yet")
                .doesNotContain(later.toString());
        as("tutor.benes").get("/api/v1/work?kind=TUTOR_VETTING_EXPIRING").then().statusCode(403); // a tutor has no My work
        assertThat(workRefs("admin.sas", "?kind=TUTOR_VETTING_EXPIRING&limit=100")).as("another organization")
                .doesNotContain(soon.toString());

        // Renewed: due a year later, not listed now; then the tutor leaves: no item at all.
        vetting(soon, "doucovani", today.plusYears(1), true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("klub.vesela", "?kind=TUTOR_VETTING_EXPIRING&limit=100")).doesNotContain(soon.toString()));
        vetting(later, "doucovani", today.plusDays(5), false);
        vetting(later, "doucovani", today.plusDays(5), true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("klub.vesela", "?kind=TUTOR_VETTING_EXPIRING&limit=100")).contains(later.toString()));
        vetting(later, "doucovani", today.plusDays(5), false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("klub.vesela", "?kind=TUTOR_VETTING_EXPIRING&limit=100")).doesNotContain(later.toString()));
    }
}
