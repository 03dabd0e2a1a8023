package cz.opora.conference.domain;

import cz.opora.conference.domain.FgcRules.Actor;
import cz.opora.conference.domain.FgcRules.Step;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The family group conference's rules as a table: pure, no infrastructure. */
@Tag("fast")
class FgcRulesTest {

    static List<Step> possible(FgcStatus status) {
        return Arrays.stream(Step.values()).filter(s -> FgcRules.allowed(s, status)).toList();
    }

    @Test
    void nothingProceedsWithoutTheFamilysConsent() {
        assertThat(possible(FgcStatus.OFFERED)).containsExactlyInAnyOrder(Step.FAMILY_DECISION, Step.CANCEL);
        assertThat(possible(FgcStatus.FAMILY_DECLINED)).isEmpty();
    }

    @Test
    void privateFamilyTimeComesBetweenInformationSharingAndThePlan() {
        assertThat(possible(FgcStatus.INFORMATION_SHARING)).containsExactlyInAnyOrder(Step.CONTRIBUTE, Step.PRIVATE_TIME);
        assertThat(possible(FgcStatus.PRIVATE_FAMILY_TIME)).containsExactly(Step.PRESENTATION);
        assertThat(possible(FgcStatus.PLAN_PRESENTATION)).containsExactlyInAnyOrder(Step.PRESENT_PLAN, Step.NO_PLAN);
    }

    @Test
    void anAcceptedPlanIsChangedOnlyByAReviewConference() {
        assertThat(possible(FgcStatus.PLAN_ACCEPTED)).containsExactly(Step.REVIEW);
        assertThat(possible(FgcStatus.PLAN_REJECTED)).containsExactlyInAnyOrder(Step.PRESENT_PLAN, Step.NO_PLAN);
        assertThat(possible(FgcStatus.NO_PLAN)).isEmpty();
    }

    @Test
    void theReferrerDecidesThePlanAndTheCoordinatorRunsTheConference() {
        assertThat(Step.DECIDE_PLAN.actor()).isEqualTo(Actor.REFERRER);
        assertThat(Step.PRESENT_PLAN.actor()).isEqualTo(Actor.COORDINATOR);
        assertThat(Step.PRIVATE_TIME.actor()).isEqualTo(Actor.COORDINATOR);
        assertThat(Step.ASSIGN_COORDINATOR.actor()).isEqualTo(Actor.COORDINATION_ORGANIZATION);
    }

    @Test
    void aCoordinatorIsIndependentOnlyOfOrganizationsThatDoNotWorkWithTheFamily() {
        FamilyConference c = new FamilyConference();
        c.referrerOrganization = "ospod-mesto";
        CoordinatorProfile p = new CoordinatorProfile();
        p.organization = "ospod-mesto";
        assertThat(cz.opora.conference.service.Independence.why(c, p, List.of())).hasValueSatisfying(
                why -> assertThat(why).contains("referrer's organization"));
        p.organization = "sas-jih";
        assertThat(cz.opora.conference.service.Independence.why(c, p, List.of("sas-jih"))).hasValueSatisfying(
                why -> assertThat(why).contains("works with the family"));
        p.organization = "rk-koordinatori";
        assertThat(cz.opora.conference.service.Independence.why(c, p, List.of("sas-jih", "ospod-mesto"))).isEmpty();
    }
}
