package cz.opora.conference.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A case conference's tasks reach their owners' My work as events, emitted through the outbox with the minutes and
 * with each follow-up: who owes the task (a worker participant's organization, or the convener for a task of an
 * external participant), by when, and never what it is.
 */
@QuarkusTest
class CaseConferenceTaskEventsTest {
    static final String CC = "/api/v1/case-conferences";

    @Test
    void tasksAreAssignedWithTheMinutesClosedOnFollowUpAndDroppedWithTheConference() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String id = CaseConferenceResourceTest.convene(family, null);
        String path = CC + "/" + id;
        String sas = CaseConferenceResourceTest.add(id, "{\"kind\": \"WORKER\", \"organization\": \"sas-jih\", "
                        + "\"organizationType\": \"SAS\", \"name\": \"Martin Dvořák\"}").then().statusCode(200)
                .extract().path("participants.find { it.organization == 'sas-jih' }.id");
        String teacher = CaseConferenceResourceTest.add(id, "{\"kind\": \"EXTERNAL\", \"name\": \"Mgr. Petra Učitelová\"}")
                .then().statusCode(200).extract().path("participants.find { it.kind == 'EXTERNAL' }.id");
        LocalDate due = LocalDate.now().plusDays(14);
        String minutes = """
                {"situation": "Dluhy na nájemném.", "childPresent": false, "childView": "Chce zůstat.",
                 "decisions": "SAS doprovodí matku.",
                 "tasks": [{"what": "Doprovod na bytový odbor", "ownerParticipantId": "%s", "dueDate": "%s"},
                           {"what": "Zpráva ze školy", "ownerParticipantId": "%s", "dueDate": "%s"}]}"""
                .formatted(sas, due, teacher, due.plusDays(7));
        var held = as("ospod.novakova").body(minutes).post(path + "/minutes").then().statusCode(200).extract();
        String sasTask = held.path("tasks[0].id");
        String teacherTask = held.path("tasks[1].id");

        List<JsonNode> assigned = ConferenceFixture.events(family, 2, "cz.opora.conference.task-assigned");
        assertThat(assigned).hasSize(2);
        JsonNode toSas = assigned.stream().filter(e -> e.at("/data/taskId").asText().equals(sasTask)).findFirst().orElseThrow();
        assertThat(toSas.at("/data/assigneeOrganization").asText()).isEqualTo("sas-jih");
        assertThat(toSas.at("/data/assignee").isNull()).as("SAS Jih's queue: the conference knows no login of its worker").isTrue();
        assertThat(toSas.at("/data/organization").asText()).isEqualTo("ospod-mesto");
        assertThat(toSas.at("/data/dueDate").asText()).isEqualTo(due.toString());
        JsonNode toConvener = assigned.stream().filter(e -> e.at("/data/taskId").asText().equals(teacherTask)).findFirst().orElseThrow();
        assertThat(toConvener.at("/data/assigneeOrganization").asText()).isEqualTo("ospod-mesto");
        assertThat(toConvener.at("/data/assignee").asText()).as("an external's task is the convener's to follow up")
                .isEqualTo(Tokens.subject("ospod.novakova"));

        as("ospod.novakova").body("{\"status\": \"DONE\"}").put(path + "/tasks/" + sasTask).then().statusCode(200)
                .body("tasks.find { it.id == '" + sasTask + "' }.status", equalTo("DONE"));
        as("ospod.novakova").body("{}").post(path + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));

        List<JsonNode> closed = ConferenceFixture.events(family, 2, "cz.opora.conference.task-closed");
        assertThat(closed).extracting(e -> e.at("/data/taskId").asText() + " " + e.at("/data/status").asText())
                .containsExactly(sasTask + " DONE", teacherTask + " DROPPED");
        assertThat(assigned.toString() + closed).as("what the task is stays in the minutes")
                .doesNotContain("Doprovod").doesNotContain("Zpráva").doesNotContain("Učitelová");
    }

    @Test
    void aTaskThatIsNotChangedByAFollowUpIsNotPublishedAgain() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String id = CaseConferenceResourceTest.convene(family, null);
        String path = CC + "/" + id;
        String convener = as("ospod.novakova").get(path).then().statusCode(200).extract()
                .path("participants.find { it.role == 'convener' }.id");
        String task = as("ospod.novakova").body("""
                {"situation": "S.", "childPresent": false, "childView": "V.", "decisions": "D.",
                 "tasks": [{"what": "Zavolat", "ownerParticipantId": "%s", "dueDate": "%s"}], "nextMeetingAt": "%s"}"""
                .formatted(convener, LocalDate.now().plusDays(3), Instant.now().plus(Duration.ofDays(30))))
                .post(path + "/minutes").then().statusCode(200).extract().path("tasks[0].id");
        as("ospod.novakova").body("{\"status\": \"OPEN\", \"followUpNote\": \"Ještě ne.\"}").put(path + "/tasks/" + task)
                .then().statusCode(200);
        as("ospod.novakova").body("{\"status\": \"NOT_DONE\"}").put(path + "/tasks/" + task).then().statusCode(200);
        List<JsonNode> events = ConferenceFixture.events(family, 3, "cz.opora.conference.task-assigned",
                "cz.opora.conference.task-closed");
        assertThat(events).extracting(e -> e.get("type").asText() + " " + e.at("/data/status").asText())
                .containsExactly("cz.opora.conference.task-assigned OPEN", "cz.opora.conference.task-closed NOT_DONE");
    }
}
