package cz.opora.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.approval.ApprovalDecided;
import cz.opora.events.approval.ApprovalPolicySet;
import cz.opora.events.referral.ReferralApprovalRequested;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The approval events between family-service and referral-service: their records, their keys, no free text. */
class ApprovalContractsTest {

    @Test
    void aPolicyIsKeyedByItsOrganizationAndMayBeRemoved() throws Exception {
        JsonNode sample = read(EventType.FAMILY_APPROVAL_POLICY_SET);
        ApprovalPolicySet data = EventJson.MAPPER.treeToValue(sample.get("data"), ApprovalPolicySet.class);
        assertThat(data.organization()).isEqualTo(sample.get("subject").asText());
        assertThat(EventType.FAMILY_APPROVAL_POLICY_SET.topic()).isEqualTo(Topics.FAMILY);
        ObjectNode removed = (ObjectNode) sample.deepCopy();
        ((ObjectNode) removed.get("data")).putNull("approverRole");
        assertThat(EventValidator.problems(removed)).isEmpty();
    }

    @Test
    void aDecisionCarriesNoReasonText() throws Exception {
        JsonNode sample = read(EventType.FAMILY_APPROVAL_DECIDED);
        ApprovalDecided data = EventJson.MAPPER.treeToValue(sample.get("data"), ApprovalDecided.class);
        assertThat(data.familyId().toString()).isEqualTo(sample.get("subject").asText());
        ObjectNode withReason = (ObjectNode) sample.deepCopy();
        ((ObjectNode) withReason.get("data")).put("reason", "Matka Jana Nováková už s SAS spolupracuje");
        assertThat(EventValidator.problems(withReason)).singleElement().asString().contains("reason");
        ObjectNode unknownDecision = (ObjectNode) sample.deepCopy();
        ((ObjectNode) unknownDecision.get("data")).put("decision", "MAYBE");
        assertThat(EventValidator.problems(unknownDecision)).isNotEmpty();
    }

    @Test
    void aRequestedApprovalNamesIdsOnly() throws Exception {
        JsonNode sample = read(EventType.REFERRAL_APPROVAL_REQUESTED);
        ReferralApprovalRequested data = EventJson.MAPPER.treeToValue(sample.get("data"), ReferralApprovalRequested.class);
        assertThat(data.familyId().toString()).isEqualTo(sample.get("subject").asText());
        assertThat(EventType.REFERRAL_APPROVAL_REQUESTED.topic()).isEqualTo(Topics.REFERRAL);
        ObjectNode named = (ObjectNode) sample.deepCopy();
        ((ObjectNode) named.get("data")).put("familyName", "Rodina Nováková");
        assertThat(EventValidator.problems(named)).singleElement().asString().contains("familyName");
    }

    private static JsonNode read(EventType type) throws Exception {
        try (InputStream in = ApprovalContractsTest.class.getClassLoader().getResourceAsStream(type.sampleResource())) {
            assertThat(in).as(type.sampleResource()).isNotNull();
            return EventJson.MAPPER.readTree(in);
        }
    }
}
