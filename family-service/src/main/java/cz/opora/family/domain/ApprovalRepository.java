package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /** The organization's requests, newest first, optionally of one status and of one family. */
    public List<ApprovalRequest> page(String organization, ApprovalRequest.Status status, UUID familyId, Instant afterAt,
                                      UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("organization = :organization");
        Parameters parameters = Parameters.with("organization", organization);
        if (status != null) {
            q.append(" and status = :status");
            parameters.and("status", status);
        }
        if (familyId != null) {
            q.append(" and familyId = :familyId");
            parameters.and("familyId", familyId);
        }
        if (afterId != null) {
            q.append(" and (requestedAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find(q.append(" order by requestedAt desc, id desc").toString(), parameters).page(0, limit).list();
    }
}
