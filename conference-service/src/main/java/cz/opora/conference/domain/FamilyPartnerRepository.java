package cz.opora.conference.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FamilyPartnerRepository implements PanacheRepositoryBase<FamilyPartner, FamilyPartner.Key> {

    /** The organizations working with the family on an open referral. */
    public List<String> openPartners(UUID familyId) {
        return getEntityManager().createQuery("select distinct p.organization from FamilyPartner p "
                + "where p.familyId = ?1 and p.open = true", String.class).setParameter(1, familyId).getResultList();
    }

    public FamilyPartner find(UUID referralId, String organization) {
        FamilyPartner.Key key = new FamilyPartner.Key();
        key.referralId = referralId;
        key.organization = organization;
        return findById(key);
    }
}
