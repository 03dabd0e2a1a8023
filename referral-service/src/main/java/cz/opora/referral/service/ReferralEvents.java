package cz.opora.referral.service;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.events.EventType;
import cz.opora.events.access.GrantReason;
import cz.opora.events.referral.ReferralEvent;
import cz.opora.referral.domain.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * What referral-service tells the others, written to the outbox in the transaction of the change: the referral
 * events, the access grants family-service honours, and entries for the family's timeline (organizations and
 * states, never the referral's words).
 */
@ApplicationScoped
public class ReferralEvents {
    @Inject
    Outbox outbox;
    @Inject
    PartnerNotices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, Referral r, Instant at) {
        outbox.emit(type, r.familyId, new ReferralEvent(r.id, r.familyId, r.senderOrganization, r.senderType,
                r.recipientOrganization, r.recipientType, r.recipientUsesOpora, r.urgency.name(), r.basis.name(),
                r.members(), r.status.name(), r.statusReasonCode, r.outcome == null ? null : r.outcome.name(), r.sentAt,
                r.dueAt, at));
    }

    /** The recipient accepted (or the referral resumed): it may see the family within the referral's basis. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantAccess(Referral r, Instant at) {
        if (!r.recipientUsesOpora) {
            return;
        }
        r.grantId = notices.grant(new PartnerNotices.Grant(r.familyId, r.recipientOrganization,
                r.recipientType, GrantReason.REFERRAL, r.id, r.basis.name(), r.consentId, r.statutoryReference, r.scopeList(),
                r.members(), r.senderOrganization), at);
    }

    /** The recipient's work with the family ended (completed, withdrawn, suspended). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAccess(Referral r, Instant at) {
        if (r.grantId == null) {
            return;
        }
        notices.revoke(r.grantId, r.familyId, at);
        r.grantId = null;
    }

    /**
     * The consent the recipient's access relied on ended: family-service ended the grant itself, in the transaction
     * that withdrew or expired the consent (before this service heard of it), so nothing is sent back.
     */
    public void forgetAccess(Referral r) {
        r.grantId = null;
    }

    /** A statutory referral waits for the sender's supervisor's approval (family-service opens it): ids only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalRequested(Referral r, String requestedBy, Instant at) {
        outbox.emit(EventType.REFERRAL_APPROVAL_REQUESTED, r.familyId, new cz.opora.events.referral.ReferralApprovalRequested(
                r.id, r.familyId, r.senderOrganization, requestedBy, "STATUTORY_REFERRAL", at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void timeline(Referral r, String what, String summary, Instant at) {
        timeline(r, what, summary, java.util.Map.of(), at);
    }

    /** A timeline entry with its parameters: the sender and the recipient, and {@code extra} (codes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timeline(Referral r, String what, String summary, java.util.Map<String, String> extra, Instant at) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(extra);
        params.put("sender", r.senderOrganization);
        params.put("recipient", r.recipientOrganization);
        notices.activity(r.familyId, what, summary, params, "referral", r.id, at);
    }
}
