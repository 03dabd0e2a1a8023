package cz.opora.referral.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.sharing.Sharing;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.DataScope;
import cz.opora.events.MemberRole;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.referral.domain.Basis;
import cz.opora.referral.domain.Organization;
import cz.opora.referral.domain.OrganizationRepository;
import cz.opora.referral.domain.Referral;
import cz.opora.referral.domain.ReferralRepository;
import cz.opora.referral.domain.ReferralStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a referral may rest on and whom it may name: a family the sender works with, children of that family, a
 * recipient in the directory, and a basis: the family's consent, valid today for the recipient or its type (known
 * from family-service's consent events), or the statutory basis where OSPOD sends or receives. A sender that is not
 * the family's owner refers on only what it was given: the children and scopes of its own live referrals (on a
 * consent, also within the consent). Every refusal is a 400 problem naming the field.
 */
@ApplicationScoped
public class ReferralBasis {
    static final String OSPOD = "OSPOD";

    @Inject
    EntityManager em;
    @Inject
    OrganizationRepository organizations;
    @Inject
    ReferralRepository referrals;
    @Inject
    WorkCalendar calendar;

    /**
     * Where an organization stands with a family: its owner, or an organization given some of it by live referrals
     * ({@code held}: the children and scopes those referrals give, each capped by what its own sender holds, the same
     * rule family-service applies at every read).
     */
    public record Standing(KnownFamily family, boolean owner, Sharing.View held) {
        /** The scopes the organization may refer on: all for the owner. */
        boolean holds(DataScope scope) {
            return owner || held.allows(scope);
        }
    }

    /**
     * The family and the sender's standing, if the sender owns it or works with it on a live referral (it may refer on
     * what it was given); else 400 on {@code familyId}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Standing familyForSender(UUID familyId, String organization) {
        KnownFamily family = families(List.of(familyId)).get(familyId);
        Optional<Standing> standing = family == null ? Optional.empty() : standing(family, organization);
        return standing.orElseThrow(() -> ProblemException.invalid("familyId", "is not a family your organization "
                + "works with (the referral service learns of a newly registered family within seconds)"));
    }

    /** The organization's standing with the family; empty when it neither owns it nor holds a live referral of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Standing> standing(KnownFamily family, String organization) {
        if (family.owningOrganization.equals(organization)) {
            return Optional.of(new Standing(family, true, null));
        }
        LocalDate today = calendar.today();
        return Sharing.view(organization, family.owningOrganization, org -> held(family.id, org, today))
                .map(view -> new Standing(family, false, view));
    }

    /** An organization's live incoming referrals of the family whose basis holds today, as grants. */
    private List<Sharing.Held> held(UUID familyId, String organization, LocalDate today) {
        List<Sharing.Held> held = new ArrayList<>();
        for (Referral r : referrals.list("familyId = ?1 and recipientOrganization = ?2 and status in ?3", familyId,
                organization, List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS))) {
            Set<DataScope> scopes = scopeSet(r.scopeList());
            if (r.basis == Basis.CONSENT) {
                KnownConsent consent = r.consentId == null ? null : em.find(KnownConsent.class, r.consentId);
                if (consent == null || !consent.allowsSharingWith(organization, r.recipientType, today)) {
                    continue;
                }
                scopes.retainAll(scopeSet(List.of(consent.scopes.split(","))));
            }
            held.add(new Sharing.Held(scopes, r.members(), r.senderOrganization));
        }
        return held;
    }

    /**
     * The children named, checked to be children of the family; none named: the whole family, or, for a sender that
     * is not the owner, exactly the children it was given. A sender refers on no child it was not given.
     */
    public List<UUID> children(Standing standing, List<UUID> memberIds) {
        KnownFamily family = standing.family();
        boolean limited = !standing.owner() && !standing.held().wholeFamily();
        if (memberIds == null || memberIds.isEmpty()) {
            if (!limited) {
                return List.of();
            }
            List<UUID> given = family.members.stream()
                    .filter(m -> m.role == MemberRole.CHILD && standing.held().coversMember(m.id)).map(m -> m.id).toList();
            if (given.isEmpty()) {
                throw ProblemException.invalid("memberIds", "your organization was given no child of this family to refer on");
            }
            return given;
        }
        Map<UUID, KnownFamilyMember> members = family.members.stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        for (int i = 0; i < memberIds.size(); i++) {
            KnownFamilyMember member = members.get(memberIds.get(i));
            if (member == null || member.role != MemberRole.CHILD || (limited && !standing.held().coversMember(member.id))) {
                throw ProblemException.invalid("memberIds[" + i + "]", limited
                        ? "is not a child your organization was given (it refers on only the children it was referred)"
                        : "is not a child of this family");
            }
        }
        return List.copyOf(new LinkedHashSet<>(memberIds));
    }

    /** The recipient from the directory; not the sender itself. */
    public Organization recipient(String id, String sender) {
        Organization recipient = organizations.find(id.strip());
        if (recipient == null) {
            throw ProblemException.invalid("recipientOrganization", "is not in the directory (GET /api/v1/organizations)");
        }
        if (recipient.id.equals(sender)) {
            throw ProblemException.invalid("recipientOrganization", "is your own organization");
        }
        return recipient;
    }

    /**
     * Checks the draft's basis and returns the scopes it shares: what was asked for (with a consent, no more than it
     * covers; by default all it covers), always with BASIC.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> scopes(Referral r, Standing standing, UUID consentId, String statutoryReference,
                               List<DataScope> requested) {
        Set<DataScope> wanted = requested == null || requested.isEmpty() ? null : EnumSet.copyOf(requested);
        if (wanted != null) {
            for (DataScope scope : wanted) {
                if (scope != DataScope.BASIC && !standing.holds(scope)) {
                    throw ProblemException.invalid("scopes", "your organization was not given " + scope
                            + " of this family; it refers on only what it was given");
                }
            }
        }
        Set<DataScope> result;
        if (r.basis == Basis.STATUTORY) {
            requireStatutory(r, consentId, statutoryReference);
            result = wanted == null ? EnumSet.of(DataScope.BASIC) : wanted;
        } else {
            Set<DataScope> covered = requireConsent(r, consentId, statutoryReference);
            covered.removeIf(scope -> !standing.holds(scope));
            if (wanted != null) {
                for (DataScope scope : wanted) {
                    if (scope != DataScope.BASIC && !covered.contains(scope)) {
                        throw ProblemException.invalid("scopes", "the consent does not cover " + scope);
                    }
                }
            }
            result = wanted == null ? covered : wanted;
        }
        return names(result);
    }

    /**
     * Checks the sender's standing and the basis again when the referral is sent or resumed; a consent named decides
     * the basis. The sender must still own the family or hold it, and hold every child the referral names; on a
     * consent, or a holding, that covers less than the referral shared, the referral shares only what both cover.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Referral r, UUID consentId, String statutoryReference) {
        Standing standing = familyForSender(r.familyId, r.senderOrganization);
        children(standing, r.members());
        if (consentId == null && (statutoryReference == null || statutoryReference.isBlank())) {
            throw ProblemException.invalid("consentId", "name a consent of the family to share with the recipient "
                    + "(or, where OSPOD sends or receives, a statutoryReference)");
        }
        Set<DataScope> current = r.scopeList().stream().map(DataScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataScope.class)));
        if (consentId != null) {
            r.basis = Basis.CONSENT;
            current.retainAll(requireConsent(r, consentId, null));
        } else {
            r.basis = Basis.STATUTORY;
            requireStatutory(r, null, statutoryReference);
        }
        current.removeIf(scope -> !standing.holds(scope));
        r.scopes = String.join(",", names(current));
    }

    /**
     * Whether the referral's basis still holds when the recipient answers it: the sender still stands with the family
     * and holds the children named; on a consent, the consent still allows sharing with the recipient today.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean stillHolds(Referral r) {
        KnownFamily family = families(List.of(r.familyId)).get(r.familyId);
        Optional<Standing> standing = family == null ? Optional.empty() : standing(family, r.senderOrganization);
        if (standing.isEmpty() || (!standing.get().owner() && !r.members().isEmpty()
                && !r.members().stream().allMatch(standing.get().held()::coversMember))
                || (!standing.get().owner() && r.members().isEmpty() && !standing.get().held().wholeFamily())) {
            return false;
        }
        if (r.basis == Basis.CONSENT) {
            KnownConsent consent = r.consentId == null ? null : em.find(KnownConsent.class, r.consentId);
            return consent != null && consent.allowsSharingWith(r.recipientOrganization, r.recipientType, calendar.today());
        }
        return true;
    }

    /** Families with their members, in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, KnownFamily> families(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select distinct f from KnownFamily f left join fetch f.members where f.id in ?1",
                        KnownFamily.class).setParameter(1, ids).getResultList().stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity(), (a, b) -> a));
    }

    private void requireStatutory(Referral r, UUID consentId, String statutoryReference) {
        if (!OSPOD.equals(r.senderType) && !OSPOD.equals(r.recipientType)) {
            throw ProblemException.invalid("basis", "the statutory basis is only for referrals that OSPOD sends or "
                    + "receives; this referral needs the family's consent");
        }
        if (statutoryReference == null || statutoryReference.isBlank()) {
            throw ProblemException.invalid("statutoryReference", "is required with the statutory basis, "
                    + "e.g. § 10 odst. 4 zákona č. 359/1999 Sb.");
        }
        if (consentId != null) {
            throw ProblemException.invalid("consentId", "must be empty with the statutory basis");
        }
        r.statutoryReference = statutoryReference.strip();
        r.consentId = null;
    }

    /** The scopes the consent covers, if it lets the family be shared with the recipient today. */
    private Set<DataScope> requireConsent(Referral r, UUID consentId, String statutoryReference) {
        if (consentId == null) {
            throw ProblemException.invalid("consentId", "is required with the consent basis");
        }
        if (statutoryReference != null && !statutoryReference.isBlank()) {
            throw ProblemException.invalid("statutoryReference", "must be empty with the consent basis");
        }
        KnownConsent consent = em.find(KnownConsent.class, consentId);
        LocalDate today = calendar.today();
        if (consent == null || !consent.familyId.equals(r.familyId)) {
            throw ProblemException.invalid("consentId", "is not a consent of this family");
        }
        if (consent.endedAt != null) {
            throw ProblemException.invalid("consentId", "was " + consent.endReason.name().toLowerCase(java.util.Locale.ROOT)
                    + "; record a new consent in the family's file");
        }
        if (!consent.allowsSharingWith(r.recipientOrganization, r.recipientType, today)) {
            throw ProblemException.invalid("consentId", "does not allow sharing with " + r.recipientOrganization
                    + " (nor with organizations of type " + r.recipientType + ") today");
        }
        r.consentId = consent.id;
        r.statutoryReference = null;
        return scopeSet(Arrays.asList(consent.scopes.split(",")));
    }

    private static Set<DataScope> scopeSet(Collection<String> names) {
        return names.stream().filter(s -> !s.isBlank()).map(DataScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataScope.class)));
    }

    private static List<String> names(Set<DataScope> scopes) {
        EnumSet<DataScope> all = scopes.isEmpty() ? EnumSet.noneOf(DataScope.class) : EnumSet.copyOf(scopes);
        all.add(DataScope.BASIC);
        return all.stream().map(Enum::name).toList();
    }
}
