package cz.opora.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.family.FamilyRegistered;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class EventContractsTest {

    @Test
    void everySampleIsValidAgainstItsSchema() throws Exception {
        for (EventType type : EventType.values()) {
            JsonNode sample = read(type.sampleResource());
            assertThat(EventValidator.problems(sample)).as(type.type()).isEmpty();
            assertThat(sample.get("type").asText()).isEqualTo(type.type());
        }
    }

    @Test
    void sampleDataMapsToItsRecord() throws Exception {
        JsonNode sample = read(EventType.FAMILY_REGISTERED.sampleResource());
        FamilyRegistered data = EventJson.MAPPER.treeToValue(sample.get("data"), FamilyRegistered.class);
        assertThat(data.members()).extracting(FamilyRegistered.Member::role).containsExactly("PARENT", "CHILD");
        assertThat(data.familyId().toString()).isEqualTo(sample.get("subject").asText());
    }

    @Test
    void aDirectoryEntryIsKeyedByTheOrganization() throws Exception {
        JsonNode sample = read(EventType.DIRECTORY_ENTRY_SAVED.sampleResource());
        var data = EventJson.MAPPER.treeToValue(sample.get("data"), cz.opora.events.directory.DirectoryEntrySaved.class);
        assertThat(data.organizationId()).isEqualTo(sample.get("subject").asText());
        assertThat(EventType.DIRECTORY_ENTRY_SAVED.topic()).isEqualTo(Topics.REFERRAL);
    }

    @Test
    void aConferenceTaskNamesWhoOwesItAndWhenButNotWhatItIs() throws Exception {
        for (EventType type : List.of(EventType.CONFERENCE_TASK_ASSIGNED, EventType.CONFERENCE_TASK_CLOSED)) {
            JsonNode sample = read(type.sampleResource());
            var data = EventJson.MAPPER.treeToValue(sample.get("data"), cz.opora.events.conference.ConferenceTask.class);
            assertThat(data.familyId().toString()).isEqualTo(sample.get("subject").asText());
            assertThat(data.dueDate()).isNotNull();
            assertThat(type.topic()).isEqualTo(Topics.CONFERENCE);
            ObjectNode withText = (ObjectNode) sample.deepCopy();
            ((ObjectNode) withText.get("data")).put("what", "Accompany the mother");
            assertThat(EventValidator.problems(withText)).as("the task's text stays in the minutes").isNotEmpty();
        }
        ObjectNode reopened = (ObjectNode) read(EventType.CONFERENCE_TASK_CLOSED.sampleResource());
        ((ObjectNode) reopened.get("data")).put("status", "OPEN");
        assertThat(EventValidator.problems(reopened)).singleElement().asString().contains("status");
    }

    @Test
    void aTutorsVettingIsKeyedByTheTutorAndCarriesNoName() throws Exception {
        JsonNode sample = read(EventType.TUTORING_TUTOR_VETTING.sampleResource());
        var data = EventJson.MAPPER.treeToValue(sample.get("data"), cz.opora.events.tutoring.TutorVetting.class);
        assertThat(data.tutorId().toString()).isEqualTo(sample.get("subject").asText());
        assertThat(data.validUntil()).isEqualTo(LocalDate.of(2027, 8, 19));
        ObjectNode named = (ObjectNode) sample.deepCopy();
        ((ObjectNode) named.get("data")).put("name", "Tomáš Beneš");
        assertThat(EventValidator.problems(named)).singleElement().asString().contains("name");
    }

    @Test
    void anEnvelopeBuiltFromARecordIsValid() {
        UUID familyId = UUID.randomUUID();
        FamilyRegistered data = new FamilyRegistered(familyId, "sas-jih", "Rodina Testová", "Brno", "INTAKE",
                List.of(new FamilyRegistered.Member(UUID.randomUUID(), "CHILD", "Ema", "Testová", LocalDate.of(2018, 1, 2))),
                Instant.now());
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), "/opora/family-service", EventType.FAMILY_REGISTERED,
                familyId.toString(), Instant.now(), EventJson.MAPPER.valueToTree(data));
        assertThat(EventValidator.problems(EventJson.MAPPER.valueToTree(envelope))).isEmpty();
    }

    @Test
    void invalidEventsAreRejectedWithTheReason() throws Exception {
        ObjectNode unknownType = (ObjectNode) read(EventType.FAMILY_REGISTERED.sampleResource());
        unknownType.put("type", "cz.opora.family.exploded");
        assertThat(EventValidator.problems(unknownType)).singleElement().asString().contains("unknown event type");

        ObjectNode badData = (ObjectNode) read(EventType.FAMILY_REGISTERED.sampleResource());
        ((ObjectNode) badData.get("data")).remove("owningOrganization");
        ((ObjectNode) badData.get("data").get("members").get(0)).put("role", "ALIEN");
        assertThat(EventValidator.problems(badData)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("owningOrganization"))
                .anySatisfy(p -> assertThat(p).contains("role"));

        ObjectNode badFormats = (ObjectNode) read(EventType.FAMILY_REGISTERED.sampleResource());
        ((ObjectNode) badFormats.get("data")).put("familyId", "42");
        ((ObjectNode) badFormats.get("data").get("members").get(1)).put("birthDate", "12.9.2015");
        assertThat(EventValidator.problems(badFormats)).hasSize(2);

        ObjectNode noId = (ObjectNode) read(EventType.FAMILY_REGISTERED.sampleResource());
        noId.remove("id");
        assertThat(EventValidator.problems(noId)).singleElement().asString().contains("id");
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EventJson.MAPPER.readTree(in);
        }
    }
}
