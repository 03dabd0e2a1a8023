package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApprovalRepository implements PanacheRepositoryBase<ApprovalRequest, UUID> {
    public Optional<ApprovalPolicy> policy(String organization, ApprovalAction action) {
        return Optional.ofNullable(getEntityManager().find(ApprovalPolicy.class, new ApprovalPolicy.Key(organization, action)));
    }

    public List<ApprovalPolicy> policies(String organization) {
        return getEntityManager().createQuery("from ApprovalPolicy p where p.key.organization = ?1 order by p.key.action",
                ApprovalPolicy.class).setParameter(1, organization).getResultList();
    }

    /** The organization's request; another organization's is not found. */
    public Optional<ApprovalRequest> findInOrganization(String organization, UUID id) {
        return find("id = ?1 and organization = ?2", id, organization).firstResultOptional();
    }

    public boolean pending(UUID familyId, ApprovalAction action) {
        return count("familyId = ?1 and action = ?2 and status = ?3", familyId, action, ApprovalRequest.Status.PENDING) > 0;
    }

    public Optional<ApprovalRequest> pendingFor(UUID familyId, ApprovalAction action) {
        return find("familyId = ?1 and action = ?2 and status = ?3", familyId, action, ApprovalRequest.Status.PENDING)
                .firstResultOptional();
    }

    /** The pending approval of a record in another service (a statutory referral). */
    public Optional<ApprovalRequest> pendingForRef(UUID refId) {
        return find("refId = ?1 and status = ?2", refId, ApprovalRequest.Status.PENDING).firstResultOptional();
    }

    /** The organization's requests, newest first, optionally of one status. */
    public List<ApprovalRequest> page(String organization, ApprovalRequest.Status status, Instant afterAt, UUID afterId,
                                      int limit) {
        String q = "organization = ?1" + (status == null ? "" : " and status = ?4");
        Object s = status == null ? null : status;
        if (afterId == null) {
            return status == null
                    ? find(q + " order by requestedAt desc, id desc", organization).page(0, limit).list()
                    : find("organization = ?1 and status = ?2 order by requestedAt desc, id desc", organization, s)
                            .page(0, limit).list();
        }
        return status == null
                ? find("organization = ?1 and (requestedAt, id) < (?2, ?3) order by requestedAt desc, id desc",
                        organization, afterAt, afterId).page(0, limit).list()
                : find("organization = ?1 and status = ?4 and (requestedAt, id) < (?2, ?3) order by requestedAt desc, id desc",
                        organization, afterAt, afterId, s).page(0, limit).list();
    }
}
