package cz.opora.referral.domain;

import cz.opora.referral.domain.ReferralRules.Action;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral's lifecycle as a table: pure rules, no infrastructure. */
@Tag("fast")
class ReferralRulesTest {

    static Referral referral(ReferralStatus status, boolean recipientUsesOpora) {
        Referral r = new Referral();
        r.status = status;
        r.senderOrganization = "sas-jih";
        r.recipientOrganization = "nzdm-kotva";
        r.recipientUsesOpora = recipientUsesOpora;
        return r;
    }

    static Set<Action> possible(ReferralStatus status) {
        EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        Arrays.stream(Action.values()).filter(a -> ReferralRules.allowed(a, status)).forEach(actions::add);
        return actions;
    }

    @Test
    void eachStateAllowsExactlyItsActions() {
        assertThat(possible(ReferralStatus.DRAFT)).containsExactlyInAnyOrder(Action.EDIT, Action.SEND, Action.WITHDRAW);
        assertThat(possible(ReferralStatus.SENT)).containsExactlyInAnyOrder(Action.ACCEPT, Action.DECLINE, Action.WITHDRAW);
        assertThat(possible(ReferralStatus.ACCEPTED)).containsExactlyInAnyOrder(Action.START, Action.COMPLETE, Action.WITHDRAW);
        assertThat(possible(ReferralStatus.IN_PROGRESS)).containsExactlyInAnyOrder(Action.COMPLETE, Action.WITHDRAW);
        assertThat(possible(ReferralStatus.COMPLETED)).containsExactly(Action.CLOSE);
        assertThat(possible(ReferralStatus.DECLINED)).containsExactly(Action.CLOSE);
        assertThat(possible(ReferralStatus.SUSPENDED)).containsExactlyInAnyOrder(Action.WITHDRAW, Action.RESUME);
        assertThat(possible(ReferralStatus.WITHDRAWN)).isEmpty();
        assertThat(possible(ReferralStatus.CLOSED)).isEmpty();
    }

    @Test
    void theSenderSendsAndWithdrawsAndTheRecipientAnswersAndReports() {
        Referral r = referral(ReferralStatus.SENT, true);
        assertThat(ReferralRules.mayAct(Action.ACCEPT, r, "nzdm-kotva")).isTrue();
        assertThat(ReferralRules.mayAct(Action.ACCEPT, r, "sas-jih")).isFalse();
        assertThat(ReferralRules.mayAct(Action.WITHDRAW, r, "sas-jih")).isTrue();
        assertThat(ReferralRules.mayAct(Action.WITHDRAW, r, "nzdm-kotva")).isFalse();
        assertThat(ReferralRules.mayAct(Action.COMPLETE, r, "nzdm-kotva")).isTrue();
        assertThat(ReferralRules.mayAct(Action.ACCEPT, r, "sas-sever")).isFalse();
    }

    @Test
    void forARecipientOutsideOporaTheSenderRecordsTheAnswers() {
        Referral r = referral(ReferralStatus.SENT, false);
        assertThat(ReferralRules.mayAct(Action.ACCEPT, r, "sas-jih")).isTrue();
        assertThat(ReferralRules.mayAct(Action.ACCEPT, r, "nzdm-kotva")).isFalse();
    }

    @Test
    void theRecipientSeesWhoTheFamilyIsOnlyWhileItWorksWithIt() {
        Referral r = referral(ReferralStatus.SENT, true);
        r.sentAt = Instant.now();
        assertThat(r.recipientSeesFamily()).isFalse();
        r.acceptedAt = r.sentAt;
        r.status = ReferralStatus.ACCEPTED;
        assertThat(r.recipientSeesFamily()).isTrue();
        r.status = ReferralStatus.IN_PROGRESS;
        assertThat(r.recipientSeesFamily()).isTrue();
        for (ReferralStatus ended : List.of(ReferralStatus.SUSPENDED, ReferralStatus.COMPLETED, ReferralStatus.CLOSED,
                ReferralStatus.WITHDRAWN)) {
            r.status = ended;
            assertThat(r.recipientSeesFamily()).as(ended.name()).isFalse();
        }
    }
}
