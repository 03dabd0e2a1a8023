package cz.opora.referral.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.DataScope;
import cz.opora.referral.domain.Basis;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a referral may rest on and whom it may name: a family the sender works with, children of that family, a
 * recipient in the directory, and a basis: the family's consent, valid today for the recipient or its type (known
 * from family-service's consent events), or the statutory basis where OSPOD sends or receives. Every refusal is a
 * 400 problem naming the field.
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

    /** The family, if the sender owns it or works with it on an accepted referral (it may refer on). */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownFamily familyForSender(UUID familyId, String organization) {
        KnownFamily family = families(List.of(familyId)).get(familyId);
        boolean works = family != null && (family.owningOrganization.equals(organization)
                || referrals.count("familyId = ?1 and recipientOrganization = ?2 and status in ?3", familyId, organization,
                List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)) > 0);
        if (!works) {
            throw ProblemException.invalid("familyId", "is not a family your organization works with (the referral "
                    + "service learns of a newly registered family within seconds)");
        }
        return family;
    }

    /** The children named, checked to be children of the family; none named: the whole family. */
    public List<UUID> children(KnownFamily family, List<UUID> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, KnownFamilyMember> members = family.members.stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        for (int i = 0; i < memberIds.size(); i++) {
            KnownFamilyMember member = members.get(memberIds.get(i));
            if (member == null || !"CHILD".equals(member.role)) {
                throw ProblemException.invalid("memberIds[" + i + "]", "is not a child of this family");
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
    public List<String> scopes(Referral r, UUID consentId, String statutoryReference, List<DataScope> requested) {
        Set<DataScope> wanted = requested == null || requested.isEmpty() ? null : EnumSet.copyOf(requested);
        Set<DataScope> result;
        if (r.basis == Basis.STATUTORY) {
            requireStatutory(r, consentId, statutoryReference);
            result = wanted == null ? EnumSet.of(DataScope.BASIC) : wanted;
        } else {
            Set<DataScope> covered = requireConsent(r, consentId, statutoryReference);
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
     * Checks a basis again when the referral is sent or resumed; a consent named decides the basis. On a consent that
     * covers less than the referral shared, the referral shares only what the consent covers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Referral r, UUID consentId, String statutoryReference) {
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
        r.scopes = String.join(",", names(current));
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
            throw ProblemException.invalid("consentId", "was " + consent.endReason.toLowerCase(java.util.Locale.ROOT)
                    + "; record a new consent in the family's file");
        }
        if (!consent.allowsSharingWith(r.recipientOrganization, r.recipientType, today)) {
            throw ProblemException.invalid("consentId", "does not allow sharing with " + r.recipientOrganization
                    + " (nor with organizations of type " + r.recipientType + ") today");
        }
        r.consentId = consent.id;
        r.statutoryReference = null;
        return Arrays.stream(consent.scopes.split(",")).filter(s -> !s.isBlank()).map(DataScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataScope.class)));
    }

    private static List<String> names(Set<DataScope> scopes) {
        EnumSet<DataScope> all = scopes.isEmpty() ? EnumSet.noneOf(DataScope.class) : EnumSet.copyOf(scopes);
        all.add(DataScope.BASIC);
        return all.stream().map(Enum::name).toList();
    }
}
