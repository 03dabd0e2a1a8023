package cz.opora.referral.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.events.family.FamilyRegistered;
import cz.opora.events.family.FamilyMemberRemoved;
import cz.opora.events.family.FamilyUpdated;
import cz.opora.common.inbox.PoisonEventException;
import cz.opora.referral.domain.KnownConsent;
import cz.opora.referral.domain.KnownFamily;
import cz.opora.referral.domain.KnownFamilyMember;
import cz.opora.referral.domain.KnownFamilyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The projection of families: applied from events, read through the API within the caller's organization. */
@ApplicationScoped
public class KnownFamilyService {
    static final String RESOURCE = "family";

    @Inject
    KnownFamilyRepository families;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    cz.opora.common.outbox.Outbox outbox;

    /** Applies {@code cz.opora.family.registered}; runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRegistered(FamilyRegistered event, String consumer) {
        apply(event.familyId(), event.owningOrganization(), event.name(), event.municipality(), event.status(),
                event.members(), event.registeredAt(), consumer);
    }

    /**
     * Applies {@code cz.opora.family.updated}, a full snapshot. A family first seen through an update (its
     * registration was dead-lettered, say) is created with the update's time as its registration time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyUpdated(FamilyUpdated event, String consumer) {
        apply(event.familyId(), event.owningOrganization(), event.name(), event.municipality(), event.status(),
                event.members(), event.updatedAt(), consumer);
    }

    /** Applies {@code cz.opora.family.member-added} or {@code member-changed}: the member as it is now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyMember(UUID familyId, FamilyRegistered.Member data, String consumer) {
        KnownFamily family = known(familyId);
        KnownFamilyMember member = family.members.stream().filter(m -> m.id.equals(data.memberId())).findFirst()
                .orElseGet(() -> {
                    KnownFamilyMember added = new KnownFamilyMember();
                    added.id = data.memberId();
                    added.family = family;
                    added.position = family.members.stream().mapToInt(m -> m.position + 1).max().orElse(0);
                    family.members.add(added);
                    return added;
                });
        member.role = data.role();
        member.firstName = data.firstName();
        member.lastName = data.lastName();
        member.birthDate = data.birthDate();
        family.updatedAt = Instant.now();
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(familyId), "kafka:family-events");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyMemberRemoved(FamilyMemberRemoved event, String consumer) {
        KnownFamily family = known(event.familyId());
        family.members.removeIf(m -> m.id.equals(event.memberId()));
        family.updatedAt = Instant.now();
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(event.familyId()), "kafka:family-events");
    }

    /** Applies {@code cz.opora.family.closed} and {@code reopened}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyStatus(UUID familyId, String status, String consumer) {
        KnownFamily family = known(familyId);
        family.status = status;
        family.updatedAt = Instant.now();
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(familyId), "kafka:family-events");
    }

    /** Applies {@code cz.opora.family.consent-granted}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyConsentGranted(cz.opora.events.family.ConsentGranted event, String consumer) {
        known(event.familyId());
        KnownConsent consent = em.find(KnownConsent.class, event.consentId());
        if (consent == null) {
            consent = new KnownConsent();
            consent.id = event.consentId();
            consent.familyId = event.familyId();
            consent.purpose = event.purpose();
            consent.recipientOrganization = event.recipientOrganization();
            consent.recipientType = event.recipientType();
            consent.scopes = String.join(",", event.scopes());
            consent.validFrom = event.validFrom();
            consent.validUntil = event.validUntil();
            em.persist(consent);
        }
        audit.recordSystem(consumer, "consent.project", RESOURCE, List.of(event.familyId()), "kafka:family-events");
    }

    /** Applies {@code consent-withdrawn} and {@code consent-expired}: the consent no longer allows anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyConsentEnded(UUID familyId, UUID consentId, Instant at, String reason, String consumer) {
        known(familyId);
        KnownConsent consent = em.find(KnownConsent.class, consentId);
        if (consent == null) {
            throw new PoisonEventException("ends a consent this service does not know");
        }
        if (consent.endedAt == null) {
            consent.endedAt = at;
            consent.endReason = reason;
        }
        audit.recordSystem(consumer, "consent.project", RESOURCE, List.of(familyId), "kafka:family-events");
    }

    /** The family's consents that let it be shared with the recipient on the day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<KnownConsent> sharingConsents(UUID familyId, String organization, String organizationType, java.time.LocalDate day) {
        return em.createQuery("from KnownConsent c where c.familyId = ?1 and c.endedAt is null", KnownConsent.class)
                .setParameter(1, familyId).getResultList().stream()
                .filter(c -> c.allowsSharingWith(organization, organizationType, day)).toList();
    }

    /**
     * Applies {@code cz.opora.family.erased}: nothing about the family stays here but that it was erased. Its
     * referrals go with it (ON DELETE CASCADE), and so do events about it not yet published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyErased(UUID familyId, String consumer) {
        KnownFamily family = families.findById(familyId);
        if (family != null) {
            families.delete(family);
        }
        outbox.discard(familyId);
        audit.forget(familyId);
        audit.recordSystem(consumer, "family.erase", RESOURCE, List.of(familyId), "kafka:family-events");
    }

    /** Applies {@code cz.opora.family.anonymised}: names go, figures (roles, birth years) stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAnonymised(UUID familyId, String consumer) {
        KnownFamily family = families.findById(familyId);
        if (family == null) {
            return;
        }
        family.name = "Anonymised family";
        family.updatedAt = Instant.now();
        for (KnownFamilyMember member : family.members) {
            member.firstName = "-";
            member.lastName = "-";
            member.birthDate = member.birthDate == null ? null : member.birthDate.withDayOfYear(1);
        }
        audit.recordSystem(consumer, "family.anonymise", RESOURCE, List.of(familyId), "kafka:family-events");
    }

    /**
     * The projected family an event refers to. Events of one family arrive in order, so it exists unless its
     * registration was dead-lettered: then this event cannot be applied either, and is dead-lettered too.
     */
    private KnownFamily known(UUID familyId) {
        KnownFamily family = families.findById(familyId);
        if (family == null) {
            throw new PoisonEventException("refers to a family this service does not know");
        }
        return family;
    }

    private void apply(UUID familyId, String owner, String name, String municipality, String status,
                       List<FamilyRegistered.Member> members, Instant at, String consumer) {
        KnownFamily family = families.findById(familyId);
        boolean known = family != null;
        if (!known) {
            family = new KnownFamily();
            family.id = familyId;
            family.registeredAt = at;
        }
        family.owningOrganization = owner;
        family.name = name;
        family.municipality = municipality;
        family.status = status;
        family.updatedAt = Instant.now();
        if (known) {
            family.members.clear();
            families.flush();
        } else {
            families.persist(family);
        }
        int position = 0;
        for (FamilyRegistered.Member m : members) {
            KnownFamilyMember member = new KnownFamilyMember();
            member.id = m.memberId();
            member.family = family;
            member.position = position++;
            member.role = m.role();
            member.firstName = m.firstName();
            member.lastName = m.lastName();
            member.birthDate = m.birthDate();
            family.members.add(member);
        }
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(family.id), "kafka:family-events");
    }

    @Transactional
    public KnownFamilyView get(UUID id) {
        KnownFamily family = families.findVisible(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The family"));
        audit.record("family.read", RESOURCE, List.of(id));
        return KnownFamilyView.of(family, true);
    }

    @Transactional
    public Page<KnownFamilyView> list(PageRequest page) {
        List<KnownFamily> rows = families.pageVisible(caller.organization(),
                page.afterTime(), page.afterId(),
                page.limit() + 1);
        Page<KnownFamilyView> result = page.page(rows, f -> KnownFamilyView.of(f, false),
                f -> Cursor.of(f.registeredAt, f.id));
        audit.record("family.list", RESOURCE, result.items().stream().map(KnownFamilyView::id).toList());
        return result;
    }
}
