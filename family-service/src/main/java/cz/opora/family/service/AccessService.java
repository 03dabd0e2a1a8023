package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.inbox.PoisonEventException;
import cz.opora.common.sharing.Sharing;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.ConsentPurpose;
import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;
import cz.opora.events.access.AccessGranted;
import cz.opora.events.access.AccessRevoked;
import cz.opora.events.access.GrantReason;
import cz.opora.family.domain.AccessGrant;
import cz.opora.family.domain.AccessGrantRepository;
import cz.opora.family.domain.Consent;
import cz.opora.family.domain.ConsentRepository;
import cz.opora.family.domain.ConsentStatus;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sharing with the family's consent. Another organization sees a family only while it has a reason (a grant from
 * referral-service or conference-service) and, on a consent basis, only while that consent is valid for it and
 * only the scopes both allow. The consent is checked at every read, so a withdrawal takes effect at once.
 */
@ApplicationScoped
public class AccessService {
    @Inject
    AccessGrantRepository grants;
    @Inject
    ConsentRepository consents;
    @Inject
    FamilyRepository families;
    @Inject
    Timeline timeline;
    @Inject
    AuditLog audit;
    @Inject
    WorkCalendar calendar;

    /** What an organization that does not own a family may see of it (see {@link Sharing}). */
    public record Shared(Set<DataScope> scopes, Set<UUID> members, boolean wholeFamily) {
        public boolean allows(DataScope scope) {
            return scopes.contains(scope);
        }

        public boolean coversMember(UUID memberId) {
            return wholeFamily || members.contains(memberId);
        }

        static Shared of(Sharing.View view) {
            return new Shared(view.scopes(), view.members(), view.wholeFamily());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyGranted(AccessGranted event, String source, String consumer) {
        Family family = families.findById(event.familyId());
        if (family == null) {
            throw new PoisonEventException("grants access to a family this service does not know");
        }
        if (AccessGrant.Basis.valueOf(event.basis()) == AccessGrant.Basis.CONSENT && event.consentId() == null) {
            throw new PoisonEventException("a consent-based grant names no consent");
        }
        AccessGrant existing = grants.findById(event.grantId());
        AccessGrant grant = existing != null ? existing : new AccessGrant();
        grant.id = event.grantId();
        grant.familyId = event.familyId();
        grant.organization = event.organization();
        grant.organizationType = OrganizationType.valueOf(event.organizationType());
        grant.reason = GrantReason.valueOf(event.reason());
        grant.reasonId = event.reasonId();
        grant.basis = AccessGrant.Basis.valueOf(event.basis());
        grant.consentId = event.consentId();
        grant.statutoryReference = event.statutoryReference();
        grant.scopes = EnumSet.of(DataScope.BASIC);
        event.scopes().forEach(s -> grant.scopes.add(DataScope.valueOf(s)));
        grant.memberIds = event.memberIds().toArray(UUID[]::new);
        grant.validUntil = event.validUntil();
        grant.grantedAt = event.grantedAt();
        grant.source = source;
        grant.grantor = event.grantor();
        grants.persist(grant);
        timeline.append(family.id, event.grantedAt(), "access.granted",
                "Access for " + event.organization() + " (" + event.reason() + ", " + event.basis() + ")",
                java.util.Map.of("organization", event.organization(), "reason", String.valueOf(event.reason()),
                        "basis", String.valueOf(event.basis())), "access-grant", grant.id, source, null);
        endIfConsentEnded(grant, source);
        audit.recordSystem(consumer, "access.grant", "family", List.of(family.id), "kafka:partner-events");
    }

    /**
     * A grant that arrives after the consent it relies on was withdrawn or expired (the partner accepted before it
     * heard of the withdrawal) ends at once, as the grants that were here when the consent ended did: the partner
     * service only forgets such a grant and sends no {@code access.revoked} for it (docs/events.md).
     */
    private void endIfConsentEnded(AccessGrant grant, String source) {
        if (grant.basis != AccessGrant.Basis.CONSENT || grant.revokedAt != null) {
            return;
        }
        consents.findByIdOptional(grant.consentId).ifPresent(consent -> {
            Instant ended = consent.withdrawnAt != null ? consent.withdrawnAt : consent.expiredAt;
            if (ended != null) {
                grant.revokedAt = ended.isAfter(grant.grantedAt) ? ended : grant.grantedAt;
                timeline.append(grant.familyId, grant.revokedAt, "access.revoked", "Access ended for " + grant.organization,
                        java.util.Map.of("organization", grant.organization), "access-grant", grant.id, source, null);
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRevoked(AccessRevoked event, String source, String consumer) {
        AccessGrant grant = grants.findById(event.grantId());
        if (grant == null || grant.revokedAt != null) {
            return;
        }
        grant.revokedAt = event.revokedAt();
        timeline.append(grant.familyId, event.revokedAt(), "access.revoked", "Access ended for " + grant.organization,
                java.util.Map.of("organization", grant.organization), "access-grant", grant.id, source, null);
        audit.recordSystem(consumer, "access.revoke", "family", List.of(grant.familyId), "kafka:partner-events");
    }

    /** A consent was withdrawn or expired: every grant that relied on it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeForConsent(UUID consentId, Instant at) {
        return grants.revokeByConsent(consentId, at);
    }

    /**
     * What the organization may see of the family it does not own; empty when it has no live reason. A grant given by
     * an organization that is not the owner shows no more than that organization itself sees now ({@link Sharing}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Shared> shared(UUID familyId, String organization) {
        Family family = families.findById(familyId);
        if (family == null || family.owningOrganization.equals(organization)) {
            return Optional.empty();
        }
        return Sharing.view(organization, family.owningOrganization, heldBy(familyId, calendar.now(), calendar.today()))
                .map(Shared::of);
    }

    /** Each organization's live grants for the family whose basis holds today, with the scopes the consent leaves. */
    private java.util.function.Function<String, List<Sharing.Held>> heldBy(UUID familyId, Instant now, LocalDate today) {
        java.util.Map<UUID, Consent> consentCache = new java.util.HashMap<>();
        return org -> {
            List<Sharing.Held> held = new java.util.ArrayList<>();
            for (AccessGrant grant : grants.live(familyId, org, now)) {
                Set<DataScope> allowed = EnumSet.copyOf(grant.scopes);
                if (grant.basis == AccessGrant.Basis.CONSENT) {
                    Consent consent = consentCache.computeIfAbsent(grant.consentId, consents::findById);
                    if (!covers(grant, consent, org, today)) {
                        continue;
                    }
                    allowed.retainAll(consent.scopes);
                }
                held.add(new Sharing.Held(allowed, Sharing.members(grant.memberIds), grant.grantor));
            }
            return held;
        };
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SharedFamily")
    public record SharedFamily(UUID familyId, String name, String municipality, String owningOrganization,
                               GrantReason reason, UUID reasonId, Set<DataScope> scopes, Instant grantedAt) {
    }

    /**
     * The families shared with the caller's organization, newest grant first: one entry per live grant whose
     * basis still holds (a consent-based grant disappears when its consent is withdrawn or expires). Three queries
     * per page whatever its size: grants, their consents, their families.
     */
    @Transactional
    public cz.opora.common.rest.Page<SharedFamily> sharedWith(String organization, cz.opora.common.rest.PageRequest page) {
        List<AccessGrant> rows = grants.sharedWith(organization, calendar.now(),
                page.afterTime(), page.afterId(), page.limit() + 1);
        List<UUID> consentIds = rows.stream().map(g -> g.consentId).filter(java.util.Objects::nonNull).distinct().toList();
        java.util.Map<UUID, Consent> consentById = consentIds.isEmpty() ? java.util.Map.of()
                : consents.list("id in ?1", consentIds).stream().collect(java.util.stream.Collectors.toMap(c -> c.id, c -> c));
        List<UUID> familyIds = rows.stream().map(g -> g.familyId).distinct().toList();
        java.util.Map<UUID, Family> familyById = familyIds.isEmpty() ? java.util.Map.of()
                : families.list("id in ?1", familyIds).stream().collect(java.util.stream.Collectors.toMap(f -> f.id, f -> f));
        LocalDate today = calendar.today();
        cz.opora.common.rest.Page<AccessGrant> shown = page.page(rows, g -> g, g -> cz.opora.common.rest.Cursor.of(g.grantedAt, g.id));
        List<SharedFamily> items = shown.items().stream()
                .filter(g -> g.basis == AccessGrant.Basis.STATUTORY
                        || covers(g, consentById.get(g.consentId), organization, today))
                .filter(g -> familyById.containsKey(g.familyId)
                        && familyById.get(g.familyId).status != cz.opora.family.domain.FamilyStatus.CLOSED)
                .map(g -> {
                    Family f = familyById.get(g.familyId);
                    Set<DataScope> scopes = EnumSet.copyOf(g.scopes);
                    if (g.basis == AccessGrant.Basis.CONSENT) {
                        scopes.retainAll(consentById.get(g.consentId).scopes);
                    }
                    scopes.add(DataScope.BASIC);
                    if (g.grantor != null && !g.grantor.equals(f.owningOrganization)) {
                        // An onward grant: no wider than what its grantor sees now (rare; one look-up each).
                        Optional<Sharing.View> grantor = Sharing.view(g.grantor, f.owningOrganization,
                                heldBy(f.id, calendar.now(), today));
                        if (grantor.isEmpty()) {
                            return null;
                        }
                        scopes.retainAll(grantor.get().scopes());
                    }
                    return new SharedFamily(f.id, f.name, f.municipality, f.owningOrganization, g.reason, g.reasonId, scopes,
                            g.grantedAt);
                }).filter(java.util.Objects::nonNull).toList();
        audit.record("family.list.shared", "family", items.stream().map(SharedFamily::familyId).distinct().toList());
        return new cz.opora.common.rest.Page<>(items, shown.next());
    }

    /**
     * Whether the consent a grant relies on still covers it: a sharing consent valid for the organization or its
     * type, or, for a family group conference's grant (its coordinator), the family's valid consent to the conference.
     */
    static boolean covers(AccessGrant grant, Consent consent, String organization, LocalDate today) {
        if (grant.reason == GrantReason.FAMILY_CONFERENCE) {
            return consent != null && consent.purpose == ConsentPurpose.FAMILY_CONFERENCE
                    && consent.status(today) == ConsentStatus.VALID;
        }
        return coversRecipient(consent, organization, grant.organizationType, today);
    }

    static boolean coversRecipient(Consent consent, String organization, OrganizationType type, LocalDate today) {
        return consent != null && consent.purpose == ConsentPurpose.SHARING && consent.status(today) == ConsentStatus.VALID
                && (organization.equals(consent.recipientOrganization) || type == consent.recipientType);
    }
}
