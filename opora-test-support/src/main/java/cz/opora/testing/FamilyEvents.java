package cz.opora.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * family-service's events, sent to the broker the way family-service publishes them, for tests of the services
 * that consume them. {@code prefix} is the topic prefix of the service under test (opora.topic-prefix).
 */
public final class FamilyEvents {
    /** A family as the tests create it: a parent (born 1990), a child (Petr, 2015) and Jakub, 14 years old. */
    public record Family(UUID id, String owner, UUID parentId, UUID childId, UUID secondChildId) {
    }

    private FamilyEvents() {
    }

    public static Family register(String prefix, String owner) {
        UUID id = UUID.randomUUID();
        ObjectNode event = SampleEvents.familyRegistered(id);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("owningOrganization", owner);
        data.put("name", "Rodina Referralová");
        ArrayNode members = (ArrayNode) data.get("members");
        ObjectNode second = members.get(1).deepCopy();
        second.put("memberId", UUID.randomUUID().toString()).put("firstName", "Jakub").put("birthDate",
                LocalDate.now().minusYears(14).minusDays(3).toString());
        members.add(second);
        KafkaTestClient.send(prefix + Topics.FAMILY, id.toString(), event.toString());
        return new Family(id, owner, UUID.fromString(members.get(0).get("memberId").asText()),
                UUID.fromString(members.get(1).get("memberId").asText()), UUID.fromString(second.get("memberId").asText()));
    }

    /**
     * A consent given by the family's parent: SHARING with an organization or (organization null) a type, or another
     * purpose (FAMILY_CONFERENCE, TUTORING) without a recipient. Valid from yesterday, without end.
     */
    public static UUID consent(String prefix, Family family, String purpose, String recipientOrganization,
                               String recipientType, String... scopes) {
        UUID consentId = UUID.randomUUID();
        ObjectNode event = SampleEvents.about(EventType.CONSENT_GRANTED, family.id());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("consentId", consentId.toString());
        data.put("givenByMemberId", family.parentId().toString());
        data.put("purpose", purpose);
        data.put("recipientOrganization", recipientOrganization);
        data.put("recipientType", recipientType);
        ArrayNode scopeArray = data.putArray("scopes");
        for (String scope : scopes) {
            scopeArray.add(scope);
        }
        data.put("validFrom", LocalDate.now().minusDays(1).toString());
        data.putNull("validUntil");
        KafkaTestClient.send(prefix + Topics.FAMILY, family.id().toString(), event.toString());
        return consentId;
    }

    public static void withdrawConsent(String prefix, Family family, UUID consentId) {
        ObjectNode event = SampleEvents.about(EventType.CONSENT_WITHDRAWN, family.id());
        ((ObjectNode) event.get("data")).put("consentId", consentId.toString());
        KafkaTestClient.send(prefix + Topics.FAMILY, family.id().toString(), event.toString());
    }

    public static void erase(String prefix, Family family) {
        KafkaTestClient.send(prefix + Topics.FAMILY, family.id().toString(),
                SampleEvents.about(EventType.FAMILY_ERASED, family.id()).toString());
    }

    /** family-service's event that a child was added to the family; the new member's id. */
    public static UUID addChild(String prefix, Family family, String firstName, LocalDate birthDate) {
        ObjectNode event = SampleEvents.about(EventType.FAMILY_MEMBER_ADDED, family.id());
        ObjectNode member = (ObjectNode) event.get("data").get("member");
        member.put("role", "CHILD").put("firstName", firstName).put("lastName", "Referralová").put("birthDate", birthDate.toString());
        KafkaTestClient.send(prefix + Topics.FAMILY, family.id().toString(), event.toString());
        return UUID.fromString(member.get("memberId").asText());
    }
}
