package cz.opora.common.audit;

import cz.opora.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Records reads and writes of family data in the owning service's database, in the caller's transaction:
 * if the business change rolls back, so does its audit row, and no read is served without its row.
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    RequestEndpoint endpoint;

    /** An action by the authenticated caller of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Collection<UUID> ids) {
        write(caller.subject(), caller.username(), caller.organizationIfAny().orElse(null), action, resourceType, ids,
                endpoint.get());
    }

    /** An action by the service itself, for example a consumer applying an event from another service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String actor, String action, String resourceType, Collection<UUID> ids, String channel) {
        write("system:" + actor, actor, null, action, resourceType, ids, channel);
    }

    /** Audit rows about one record (any of its ids), newest first, one keyset page. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<AuditEntry> about(UUID resourceId, Instant afterAt, UUID afterId, int limit) {
        String keyset = afterId == null ? "" : "AND (occurred_at, id) < (:afterAt, :afterId) ";
        var query = em.createNativeQuery("SELECT * FROM audit_entry WHERE :resource = ANY(resource_ids) " + keyset
                + "ORDER BY occurred_at DESC, id DESC LIMIT :limit", AuditEntry.class).setParameter("resource", resourceId);
        if (afterId != null) {
            query.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        java.util.List<AuditEntry> rows = query.setParameter("limit", limit).getResultList();
        return rows;
    }

    /** Erasure: the trail about a record is removed; the caller then records that the erasure happened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(UUID resourceId) {
        return em.createNativeQuery("DELETE FROM audit_entry WHERE ?1 = ANY(resource_ids)").setParameter(1, resourceId)
                .executeUpdate();
    }

    private void write(String subject, String username, String organization, String action, String resourceType,
                       Collection<UUID> ids, String via) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = Instant.now();
        entry.actorSubject = subject;
        entry.actorUsername = username;
        entry.actorOrganization = organization;
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceIds = ids.toArray(UUID[]::new);
        entry.endpoint = via;
        em.persist(entry);
    }
}
