package cz.opora.tutoring.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventJson;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.tutoring.TutoringFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tutor's vetting goes out as an event with the change (the outbox), keyed by the tutor, with the last day the
 * criminal-record extract counts: family-service lists it for the programme's staff before it expires. No name.
 */
@QuarkusTest
class TutorVettingEventsTest {

    static List<JsonNode> vettingEvents(String tutorId, int expected, Duration within) {
        return KafkaTestClient.read(TutoringFixture.prefix() + Topics.TUTORING, r -> tutorId.equals(r.key())
                        && r.value().contains("cz.opora.tutoring.tutor-vetting-recorded"), expected, within).stream()
                .map(r -> {
                    try {
                        return EventJson.MAPPER.readTree(r.value());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    @Test
    void recordingAndChangingTheVettingPublishesItsExpiryAndOtherChangesDoNot() {
        LocalDate extract = LocalDate.now().minusMonths(11);
        String id = TutoringFixture.tutor(null, extract.toString());
        var tutor = as(STAFF).get("/api/v1/tutors/" + id).then().statusCode(200).extract();
        String name = tutor.path("name");

        // Only the availability changes: the vetting does not, nothing is published.
        as(STAFF).header("If-Match", tutor.header("ETag")).body("""
                {"name": "%s", "subjects": ["math"], "languages": ["czech"], "availability": "Pá odpoledne",
                 "agreementSignedOn": "%s", "trainingCompletedOn": "%s", "criminalRecordDate": "%s"}"""
                .formatted(name, LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1), extract))
                .put("/api/v1/tutors/" + id).then().statusCode(200);
        // A new extract: published with its new last valid day.
        LocalDate renewed = LocalDate.now().minusDays(1);
        String etag = as(STAFF).get("/api/v1/tutors/" + id).then().extract().header("ETag");
        as(STAFF).header("If-Match", etag).body("""
                {"name": "%s", "subjects": ["math"], "languages": ["czech"], "availability": "Pá odpoledne",
                 "agreementSignedOn": "%s", "trainingCompletedOn": "%s", "criminalRecordDate": "%s"}"""
                .formatted(name, LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1), renewed))
                .put("/api/v1/tutors/" + id).then().statusCode(200);

        List<JsonNode> events = vettingEvents(id, 3, Duration.ofSeconds(15));
        assertThat(events).extracting(e -> e.at("/data/validUntil").asText())
                .containsExactly(extract.plusYears(1).minusDays(1).toString(), renewed.plusYears(1).minusDays(1).toString());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.at("/data/organization").asText()).isEqualTo("doucovani");
            assertThat(e.at("/data/active").asBoolean()).isTrue();
        });
        assertThat(events.toString()).as("no name of the tutor").doesNotContain(name);
    }
}
