package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.FamilyPartner;
import cz.opora.conference.domain.FamilyPartnerRepository;
import cz.opora.events.referral.ReferralEvent;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Organizations working with a family: both sides of every open referral (sent, accepted, in progress, and
 * suspended: suspension waits for a new consent, the work is not over). Declined, withdrawn and completed
 * referrals no longer count.
 */
@ApplicationScoped
public class PartnerService {
    @Inject
    WorkCalendar calendar;
    static final Set<String> OPEN = Set.of("SENT", "ACCEPTED", "IN_PROGRESS", "SUSPENDED");

    @Inject
    FamilyPartnerRepository partners;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReferralEvent event, String consumer) {
        boolean open = OPEN.contains(event.status());
        for (String organization : List.of(event.senderOrganization(), event.recipientOrganization())) {
            FamilyPartner partner = partners.find(event.referralId(), organization);
            if (partner == null) {
                partner = new FamilyPartner();
                partner.referralId = event.referralId();
                partner.organization = organization;
                partner.familyId = event.familyId();
                partner.open = open;
                partner.updatedAt = calendar.now();
                partners.persist(partner);
            } else {
                partner.open = open;
                partner.updatedAt = calendar.now();
            }
        }
        audit.recordSystem(consumer, "partner.project", "family", List.of(event.familyId()), "kafka:referral-events");
    }

    /**
     * The family, if the organization owns its file or works with it on an open referral: what a conference may be
     * convened or offered about (400 on {@code familyId} otherwise).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownFamily familyWorkedWithBy(UUID familyId, String organization) {
        KnownFamily family = familyId == null ? null : em.find(KnownFamily.class, familyId);
        if (family == null || !(family.owningOrganization.equals(organization)
                || partners.openPartners(family.id).contains(organization))) {
            throw ProblemException.invalid("familyId", "is not a family your organization works with");
        }
        return family;
    }

    /** An erased family leaves no trace here either. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onErased(@Observes FamilyProjection.FamilyErasedHere erased) {
        partners.delete("familyId", erased.familyId());
    }
}
