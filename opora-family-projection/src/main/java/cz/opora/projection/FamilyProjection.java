package cz.opora.projection;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.inbox.IncomingEvent;
import cz.opora.common.inbox.PoisonEventException;
import cz.opora.common.outbox.Outbox;
import cz.opora.events.ConsentEndReason;
import cz.opora.events.ConsentPurpose;
import cz.opora.events.EventType;
import cz.opora.events.MemberRole;
import cz.opora.events.family.ConsentExpired;
import cz.opora.events.family.ConsentGranted;
import cz.opora.events.family.ConsentWithdrawn;
import cz.opora.events.family.FamilyAnonymised;
import cz.opora.events.family.FamilyClosed;
import cz.opora.events.family.FamilyErased;
import cz.opora.events.family.FamilyMemberAdded;
import cz.opora.events.family.FamilyMemberChanged;
import cz.opora.events.family.FamilyMemberRemoved;
import cz.opora.events.family.FamilyRegistered;
import cz.opora.events.family.FamilyReopened;
import cz.opora.events.family.FamilyUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Applies family-service's events to a service's copy of the family: the family and its members
 * ({@code known_family}, {@code known_family_member}) and its consents ({@code known_consent}). A service's own
 * consumer calls {@link #apply} inside {@code IdempotentConsumer}'s transaction. What the service must do besides
 * (suspend what relied on a consent, purge its own records of an erased family) it does by observing
 * {@link ConsentEnded} and {@link FamilyErasedHere}, synchronously, in the same transaction.
 */
@ApplicationScoped
public class FamilyProjection {
    static final String RESOURCE = "family";
    static final String CHANNEL = "kafka:family-events";

    /** Every type the projection applies. */
    public static final List<EventType> HANDLED = List.of(EventType.FAMILY_REGISTERED, EventType.FAMILY_UPDATED,
            EventType.FAMILY_MEMBER_ADDED, EventType.FAMILY_MEMBER_CHANGED, EventType.FAMILY_MEMBER_REMOVED,
            EventType.FAMILY_CLOSED, EventType.FAMILY_REOPENED, EventType.FAMILY_ERASED, EventType.FAMILY_ANONYMISED,
            EventType.CONSENT_GRANTED, EventType.CONSENT_WITHDRAWN, EventType.CONSENT_EXPIRED);

    /** A consent the service knew was withdrawn ({@code CONSENT_WITHDRAWN}) or expired ({@code CONSENT_EXPIRED}). */
    public record ConsentEnded(UUID familyId, UUID consentId, ConsentEndReason reason, Instant at) {
    }

    /**
     * The family (one organization's case file) was erased: the service deletes what the owner held about it and
     * detaches other organizations' own records from it. {@code owningOrganization} is null when the service never
     * knew the family.
     */
    public record FamilyErasedHere(UUID familyId, String owningOrganization) {
    }

    @Inject
    KnownFamilyRepository families;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    Event<ConsentEnded> consentEnded;
    @Inject
    Event<FamilyErasedHere> familyErased;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event, String consumer) {
        switch (event.type()) {
            case FAMILY_REGISTERED -> {
                FamilyRegistered e = event.dataAs(FamilyRegistered.class);
                snapshot(e.familyId(), e.owningOrganization(), e.name(), e.municipality(), e.status(), e.members(),
                        e.registeredAt(), consumer);
            }
            case FAMILY_UPDATED -> {
                FamilyUpdated e = event.dataAs(FamilyUpdated.class);
                snapshot(e.familyId(), e.owningOrganization(), e.name(), e.municipality(), e.status(), e.members(),
                        e.updatedAt(), consumer);
            }
            case FAMILY_MEMBER_ADDED -> {
                FamilyMemberAdded e = event.dataAs(FamilyMemberAdded.class);
                member(e.familyId(), e.member(), consumer);
            }
            case FAMILY_MEMBER_CHANGED -> {
                FamilyMemberChanged e = event.dataAs(FamilyMemberChanged.class);
                member(e.familyId(), e.member(), consumer);
            }
            case FAMILY_MEMBER_REMOVED -> memberRemoved(event.dataAs(FamilyMemberRemoved.class), consumer);
            case FAMILY_CLOSED -> status(event.dataAs(FamilyClosed.class).familyId(), "CLOSED", consumer);
            case FAMILY_REOPENED -> status(event.dataAs(FamilyReopened.class).familyId(), "ACTIVE", consumer);
            case FAMILY_ERASED -> erased(event.dataAs(FamilyErased.class).familyId(), consumer);
            case FAMILY_ANONYMISED -> anonymised(event.dataAs(FamilyAnonymised.class).familyId(), consumer);
            case CONSENT_GRANTED -> consentGranted(event.dataAs(ConsentGranted.class), consumer);
            case CONSENT_WITHDRAWN -> {
                ConsentWithdrawn e = event.dataAs(ConsentWithdrawn.class);
                consentEnded(e.familyId(), e.consentId(), e.withdrawnAt(), ConsentEndReason.WITHDRAWN, consumer);
            }
            case CONSENT_EXPIRED -> {
                ConsentExpired e = event.dataAs(ConsentExpired.class);
                consentEnded(e.familyId(), e.consentId(), e.expiredAt(), ConsentEndReason.EXPIRED, consumer);
            }
            default -> throw new IllegalStateException("the family projection does not apply " + event.type());
        }
    }

    /** The family's consents that let it be shared with the recipient on the day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<KnownConsent> sharingConsents(UUID familyId, String organization, String organizationType, LocalDate day) {
        return standingConsents(familyId).stream()
                .filter(c -> c.allowsSharingWith(organization, organizationType, day)).toList();
    }

    /** The family's consents that were neither withdrawn nor expired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<KnownConsent> standingConsents(UUID familyId) {
        return em.createQuery("from KnownConsent c where c.familyId = ?1 and c.endedAt is null", KnownConsent.class)
                .setParameter(1, familyId).getResultList();
    }

    /**
     * A registration or update: a full snapshot. A family first seen through an update (its registration was
     * dead-lettered, say) is created with the update's time as its registration time.
     */
    private void snapshot(UUID familyId, String owner, String name, String municipality, String status,
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
            copy(m, member);
            family.members.add(member);
        }
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(family.id), CHANNEL);
    }

    /** A member added or changed: the member as it is now. */
    private void member(UUID familyId, FamilyRegistered.Member data, String consumer) {
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
        copy(data, member);
        family.updatedAt = Instant.now();
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(familyId), CHANNEL);
    }

    private static void copy(FamilyRegistered.Member from, KnownFamilyMember to) {
        to.role = MemberRole.valueOf(from.role());
        to.firstName = from.firstName();
        to.lastName = from.lastName();
        to.birthDate = from.birthDate();
    }

    private void memberRemoved(FamilyMemberRemoved event, String consumer) {
        KnownFamily family = known(event.familyId());
        family.members.removeIf(m -> m.id.equals(event.memberId()));
        family.updatedAt = Instant.now();
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(event.familyId()), CHANNEL);
    }

    private void status(UUID familyId, String status, String consumer) {
        KnownFamily family = known(familyId);
        family.status = status;
        family.updatedAt = Instant.now();
        audit.recordSystem(consumer, "family.project", RESOURCE, List.of(familyId), CHANNEL);
    }

    private void consentGranted(ConsentGranted event, String consumer) {
        known(event.familyId());
        if (em.find(KnownConsent.class, event.consentId()) == null) {
            KnownConsent consent = new KnownConsent();
            consent.id = event.consentId();
            consent.familyId = event.familyId();
            consent.purpose = ConsentPurpose.valueOf(event.purpose());
            consent.recipientOrganization = event.recipientOrganization();
            consent.recipientType = event.recipientType();
            consent.scopes = String.join(",", event.scopes());
            consent.validFrom = event.validFrom();
            consent.validUntil = event.validUntil();
            em.persist(consent);
        }
        audit.recordSystem(consumer, "consent.project", RESOURCE, List.of(event.familyId()), CHANNEL);
    }

    /** The consent no longer allows anything; the service is told, to stop what relied on it. */
    private void consentEnded(UUID familyId, UUID consentId, Instant at, ConsentEndReason reason, String consumer) {
        known(familyId);
        KnownConsent consent = em.find(KnownConsent.class, consentId);
        if (consent == null) {
            throw new PoisonEventException("ends a consent this service does not know");
        }
        if (consent.endedAt == null) {
            consent.endedAt = at;
            consent.endReason = reason;
            consentEnded.fire(new ConsentEnded(familyId, consentId, reason, at));
        }
        audit.recordSystem(consumer, "consent.project", RESOURCE, List.of(familyId), CHANNEL);
    }

    /**
     * Nothing about the family stays but that it was erased: the service's own records go first (observers of
     * {@link FamilyErasedHere}), then the family, its events not yet published and its audit trail.
     */
    private void erased(UUID familyId, String consumer) {
        KnownFamily family = families.findById(familyId);
        familyErased.fire(new FamilyErasedHere(familyId, family == null ? null : family.owningOrganization));
        if (family != null) {
            families.delete(family); // members and consents go with it (ON DELETE CASCADE)
        }
        outbox.discard(familyId);
        audit.forget(familyId);
        audit.recordSystem(consumer, "family.erase", RESOURCE, List.of(familyId), CHANNEL);
    }

    /** Names go, figures (roles, birth years) stay. */
    private void anonymised(UUID familyId, String consumer) {
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
        audit.recordSystem(consumer, "family.anonymise", RESOURCE, List.of(familyId), CHANNEL);
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
}
