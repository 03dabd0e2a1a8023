package cz.opora.referral.domain;

import cz.opora.referral.domain.ReferralRules.Action;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each action takes a referral: the table the service sets every status from. Pure, no infrastructure. */
@Tag("fast")
class ReferralTransitionsTest {

    static ReferralStatus after(Action action, ReferralStatus from) {
        Referral r = new Referral();
        r.status = from;
        return ReferralRules.after(action, r);
    }

    @Test
    void eachActionMovesTheReferralToItsState() {
        Map<Action, ReferralStatus> expected = new EnumMap<>(Action.class);
        expected.put(Action.EDIT, ReferralStatus.DRAFT);
        expected.put(Action.SEND, ReferralStatus.SENT);
        expected.put(Action.ACCEPT, ReferralStatus.ACCEPTED);
        expected.put(Action.DECLINE, ReferralStatus.DECLINED);
        expected.put(Action.START, ReferralStatus.IN_PROGRESS);
        expected.put(Action.COMPLETE, ReferralStatus.COMPLETED);
        expected.put(Action.CLOSE, ReferralStatus.CLOSED);
        expected.put(Action.WITHDRAW, ReferralStatus.WITHDRAWN);
        expected.forEach((action, to) -> action.from().forEach(from ->
                assertThat(after(action, from)).as(action + " from " + from).isEqualTo(to)));
    }

    @Test
    void aResumedReferralGoesBackToTheStateItWasSuspendedIn() {
        for (ReferralStatus suspendedFrom : new ReferralStatus[] {ReferralStatus.DRAFT, ReferralStatus.SENT,
                ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS}) {
            Referral r = new Referral();
            r.status = ReferralStatus.SUSPENDED;
            r.suspendedFrom = suspendedFrom;
            assertThat(ReferralRules.after(Action.RESUME, r)).isEqualTo(suspendedFrom);
        }
    }

    @Test
    void theLifecycleFromDraftToClosedTakesOnlyAllowedSteps() {
        ReferralStatus status = ReferralStatus.DRAFT;
        for (Action action : new Action[] {Action.EDIT, Action.SEND, Action.ACCEPT, Action.START, Action.COMPLETE, Action.CLOSE}) {
            assertThat(ReferralRules.allowed(action, status)).as(action + " from " + status).isTrue();
            status = after(action, status);
        }
        assertThat(status).isEqualTo(ReferralStatus.CLOSED);
        for (Action action : Action.values()) {
            assertThat(ReferralRules.allowed(action, status)).as("nothing after CLOSED: " + action).isFalse();
        }
    }
}
