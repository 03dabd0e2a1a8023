package cz.opora.family.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** community-service's topic is read: a client linked to a member reaches the family's timeline as community's entry. */
@QuarkusTest
class CommunityEventsTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    @Test
    void aClientLinkedInCommunityServiceAppearsOnTheTimeline() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Komunitní")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        ObjectNode event = SampleEvents.about(EventType.ACTIVITY_REPORTED, UUID.fromString(family));
        event.put("source", "/opora/community-service");
        ((ObjectNode) event.get("data")).put("kind", "community.client-linked")
                .put("summary", "A client of the low-threshold service of nzdm-kotva was linked to a member of the file");
        KafkaTestClient.send(prefix + Topics.COMMUNITY, family, event.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("sas.dvorak").get("/api/v1/families/" + family + "/timeline").then()
                        .body("items.kind", hasItem("community.client-linked"))
                        .body("items.find { it.kind == 'community.client-linked' }.source", equalTo("community-service")));
    }
}
