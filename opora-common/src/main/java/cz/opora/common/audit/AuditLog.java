package cz.opora.common.audit;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.audit.FamilyRead;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Records reads and writes of family data in the owning service's database, in the caller's transaction:
 * if the business change rolls back, so does its audit row, and no read is served without its row.
 * <p>
 * Where the service forwards ({@link AuditForwarding}: every service but family-service), an authenticated
 * caller's action on resource type {@value #FAMILY} also writes one {@code cz.opora.audit.family-read} event per
 * family to the outbox, in the same transaction: the family's owner sees it in its access log in family-service,
 * and no read is served without it, none lost.
 */
@ApplicationScoped
public class AuditLog {
    /** The resource type of family data: what the owner's access log is about. */
    public static final String FAMILY = "family";

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    RequestEndpoint endpoint;
    @Inject
    Outbox outbox;
    @Inject
    WorkCalendar calendar;
    @Inject
    AuditForwarding forwarding;

    void checkForwarding(@Observes StartupEvent start) {
        if (forwarding.enabled() && forwarding.topic().filter(t -> !t.isBlank()).isEmpty()) {
            throw new IllegalStateException("opora.audit.forward-family-reads.enabled needs "
                    + "opora.audit.forward-family-reads.topic: this service's own topic");
        }
    }

    /** An action by the authenticated caller of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Collection<UUID> ids) {
        AuditEntry entry = entry(caller.subject(), caller.username(), caller.organizationIfAny().orElse(null), action,
                resourceType, ids, endpoint.get());
        entry.throughType = endpoint.throughType();
        entry.throughId = endpoint.throughId();
        em.persist(entry);
        if (forwarding.enabled() && FAMILY.equals(resourceType) && entry.actorSubject != null) {
            forward(entry);
        }
    }

    /** One event per family named (a list of 50 referrals of 20 families: 20 events), on this service's topic. */
    private void forward(AuditEntry entry) {
        String topic = forwarding.topic().orElseThrow();
        for (UUID familyId : new LinkedHashSet<>(Arrays.asList(entry.resourceIds))) {
            outbox.emit(EventType.AUDIT_FAMILY_READ, topic, familyId, new FamilyRead(familyId, entry.id,
                    entry.actorSubject, entry.actorUsername, entry.actorOrganization, entry.action, entry.endpoint,
                    entry.throughType, entry.throughId, entry.occurredAt));
        }
    }

    /**
     * family-service: another service's report of a read of the family's data, as a row of the family's own trail
     * ({@code id}: the event's, so a redelivery cannot add a second row), with the reader's grant then, if any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordElsewhere(UUID id, String sourceService, FamilyRead read, UUID grantId) {
        AuditEntry entry = entry(read.actorSubject(), read.actorUsername(), read.actorOrganization(), read.action(),
                FAMILY, List.of(read.familyId()), read.endpoint());
        entry.id = id;
        entry.occurredAt = read.readAt();
        entry.sourceService = sourceService;
        entry.throughType = read.throughType();
        entry.throughId = read.throughId();
        entry.grantId = grantId;
        em.persist(entry);
    }

    /** An action by the service itself, for example a consumer applying an event from another service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String actor, String action, String resourceType, Collection<UUID> ids, String channel) {
        write("system:" + actor, actor, null, action, resourceType, ids, channel);
    }

    /** Audit rows about one record (any of its ids), newest first, one keyset page. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntry> about(UUID resourceId, Instant afterAt, UUID afterId, int limit) {
        String keyset = afterId == null ? "" : "AND (occurred_at, id) < (:afterAt, :afterId) ";
        var query = em.createNativeQuery("SELECT * FROM audit_entry WHERE :resource = ANY(resource_ids) " + keyset
                + "ORDER BY occurred_at DESC, id DESC LIMIT :limit", AuditEntry.class).setParameter("resource", resourceId);
        if (afterId != null) {
            query.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<AuditEntry> rows = query.setParameter("limit", limit).getResultList();
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
        em.persist(entry(subject, username, organization, action, resourceType, ids, via));
    }

    private AuditEntry entry(String subject, String username, String organization, String action,
                                    String resourceType, Collection<UUID> ids, String via) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = calendar.now();
        entry.actorSubject = subject;
        entry.actorUsername = username;
        entry.actorOrganization = organization;
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceIds = ids.toArray(UUID[]::new);
        entry.endpoint = via;
        return entry;
    }
}
