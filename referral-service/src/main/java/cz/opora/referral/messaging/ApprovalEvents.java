package cz.opora.referral.messaging;

import cz.opora.common.inbox.IncomingEvent;
import cz.opora.events.EventType;
import cz.opora.events.approval.ApprovalDecided;
import cz.opora.events.approval.ApprovalPolicySet;
import cz.opora.projection.ServiceFamilyEvents;
import cz.opora.referral.domain.ApprovalPolicyCopyRepository;
import cz.opora.referral.service.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Family-service's approval events, read by the family-events consumer (its group, processed-event log and
 * dead-letter topic): the organizations' approval policies (the copy a statutory referral is held back by) and the
 * decisions on statutory referrals.
 */
@ApplicationScoped
public class ApprovalEvents implements ServiceFamilyEvents {
    private static final List<EventType> HANDLED = List.of(EventType.FAMILY_APPROVAL_POLICY_SET,
            EventType.FAMILY_APPROVAL_DECIDED);

    @Inject
    ApprovalPolicyCopyRepository policies;
    @Inject
    ReferralService referrals;

    @Override
    public List<EventType> handled() {
        return HANDLED;
    }

    @Override
    public void apply(IncomingEvent event, String consumer) {
        if (event.type() == EventType.FAMILY_APPROVAL_POLICY_SET) {
            ApprovalPolicySet policy = event.dataAs(ApprovalPolicySet.class);
            policies.apply(policy.organization(), policy.action(), policy.approverRole(), policy.occurredAt());
        } else {
            ApprovalDecided decision = event.dataAs(ApprovalDecided.class);
            if ("referral".equals(decision.refType())) {
                referrals.approvalDecided(decision, consumer);
            }
        }
    }
}
