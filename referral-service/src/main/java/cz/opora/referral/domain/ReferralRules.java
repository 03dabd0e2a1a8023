package cz.opora.referral.domain;

import java.util.EnumSet;
import java.util.Set;

import static cz.opora.referral.domain.ReferralStatus.ACCEPTED;
import static cz.opora.referral.domain.ReferralStatus.CLOSED;
import static cz.opora.referral.domain.ReferralStatus.COMPLETED;
import static cz.opora.referral.domain.ReferralStatus.DECLINED;
import static cz.opora.referral.domain.ReferralStatus.DRAFT;
import static cz.opora.referral.domain.ReferralStatus.IN_PROGRESS;
import static cz.opora.referral.domain.ReferralStatus.SENT;
import static cz.opora.referral.domain.ReferralStatus.SUSPENDED;
import static cz.opora.referral.domain.ReferralStatus.WITHDRAWN;

/**
 * The referral's lifecycle: which action moves it from which states, and which side may take it. The sender's
 * organization edits, sends, withdraws, resumes and closes; the recipient's accepts, declines, starts and reports.
 * For a recipient outside Opora the sender records the recipient's answers on its behalf.
 */
public final class ReferralRules {

    public enum Side { SENDER, RECIPIENT }

    public enum Action {
        EDIT(Side.SENDER, EnumSet.of(DRAFT), DRAFT),
        SEND(Side.SENDER, EnumSet.of(DRAFT), SENT),
        ACCEPT(Side.RECIPIENT, EnumSet.of(SENT), ACCEPTED),
        DECLINE(Side.RECIPIENT, EnumSet.of(SENT), DECLINED),
        START(Side.RECIPIENT, EnumSet.of(ACCEPTED), IN_PROGRESS),
        COMPLETE(Side.RECIPIENT, EnumSet.of(ACCEPTED, IN_PROGRESS), COMPLETED),
        CLOSE(Side.SENDER, EnumSet.of(COMPLETED, DECLINED), CLOSED),
        WITHDRAW(Side.SENDER, EnumSet.of(DRAFT, SENT, ACCEPTED, IN_PROGRESS, SUSPENDED), WITHDRAWN),
        /** Back to the state it was suspended in, on a new basis. */
        RESUME(Side.SENDER, EnumSet.of(SUSPENDED), null);

        private final Side side;
        private final Set<ReferralStatus> from;
        private final ReferralStatus to;

        Action(Side side, Set<ReferralStatus> from, ReferralStatus to) {
            this.side = side;
            this.from = from;
            this.to = to;
        }

        public Side side() {
            return side;
        }

        public Set<ReferralStatus> from() {
            return from;
        }

        /** The state after the action, or null when it depends on the referral (RESUME). */
        public ReferralStatus to() {
            return to;
        }

        /** Lower-case words for messages: "accept", "decline"... */
        public String verb() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ReferralRules() {
    }

    public static boolean allowed(Action action, ReferralStatus current) {
        return action.from.contains(current);
    }

    /**
     * The state the action moves the referral to: the action's own, or for RESUME the state the referral was
     * suspended from. Every transition of the service sets the status from here.
     */
    public static ReferralStatus after(Action action, Referral referral) {
        return action == Action.RESUME ? referral.suspendedFrom : action.to;
    }

    /**
     * Whether an organization may take the action on this referral. The recipient's actions on a referral to an
     * organization outside Opora are taken by the sender, who records the answer it was given.
     */
    public static boolean mayAct(Action action, Referral referral, String organization) {
        boolean sender = organization.equals(referral.senderOrganization);
        boolean recipient = organization.equals(referral.recipientOrganization);
        return switch (action.side) {
            case SENDER -> sender;
            case RECIPIENT -> referral.recipientUsesOpora ? recipient : sender;
        };
    }
}
