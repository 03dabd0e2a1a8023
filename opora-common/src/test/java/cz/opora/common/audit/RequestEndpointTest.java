package cz.opora.common.audit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The record a route addresses by id: the "why" of a read in the owner's access log. */
@Tag("fast")
class RequestEndpointTest {

    @Test
    void aRouteThatAddressesARecordByIdNamesItsKindAndParameter() {
        assertThat(RequestEndpoint.Route.of("/api/v1/referrals/{id}"))
                .isEqualTo(new RequestEndpoint.Route("/api/v1/referrals/{id}", "referral", "id"));
        assertThat(RequestEndpoint.Route.of("/api/v1/case-conferences/{id}/participants/{participantId}").throughType())
                .isEqualTo("case-conference");
        assertThat(RequestEndpoint.Route.of("/api/v1/matches/{id}/sessions").throughType()).isEqualTo("match");
        assertThat(RequestEndpoint.Route.of("/api/v1/family-conferences/{id}").throughType()).isEqualTo("family-conference");
        assertThat(RequestEndpoint.Route.of("/api/v1/clubs/{id}/enrolments/{enrolmentId}/readiness").throughParameter())
                .isEqualTo("id");
    }

    @Test
    void listsAndTheFamilyItselfGoThroughNoOtherRecord() {
        assertThat(RequestEndpoint.Route.of("/api/v1/referrals").throughType()).isNull();
        assertThat(RequestEndpoint.Route.of("/api/v1/families/{id}").throughType()).isNull();
        assertThat(RequestEndpoint.Route.of("/api/v1/families/{familyId}/tutoring").throughType()).isNull();
    }
}
