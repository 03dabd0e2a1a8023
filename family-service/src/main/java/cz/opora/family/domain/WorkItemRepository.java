package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkItemRepository implements PanacheRepositoryBase<WorkItem, UUID> {

    /** Who is asking: their organization, subject, roles, and whether they see the whole organization (org-admin). */
    public record Reader(String organization, String subject, Collection<String> roles, boolean wholeOrganization) {
    }

    /**
     * One keyset page of the reader's open items in (due, id) order: their own and their organization's queue (of a
     * role they have), or all of the organization's for an org-admin; optionally of one kind or one family. Items
     * with a {@code visible_from} in the future are not listed yet. The partial indexes on (organization[, kind |,
     * family], due, id) WHERE state = 'OPEN' serve each variant.
     */
    public List<WorkItem> page(Reader reader, WorkKind kind, UUID familyId, LocalDate today, LocalDate afterDue,
                               UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("organization = :org and state = :open "
                + "and (visibleFrom is null or visibleFrom <= :today)");
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("org", reader.organization())
                .and("open", WorkItem.State.OPEN).and("today", today);
        if (!reader.wholeOrganization()) {
            q.append(" and (assignee = :me or (assignee is null and (assigneeRole is null or assigneeRole in :roles)))");
            p.and("me", reader.subject()).and("roles", reader.roles().isEmpty() ? List.of("-") : reader.roles());
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (familyId != null) {
            q.append(" and familyId = :family");
            p.and("family", familyId);
        }
        if (afterId != null) {
            q.append(" and (dueDate, id) > (:afterDue, :afterId)");
            p.and("afterDue", afterDue).and("afterId", afterId);
        }
        q.append(" order by dueDate, id");
        return find(q.toString(), p).page(0, limit).list();
    }

    public Optional<WorkItem> findByRef(String organization, WorkKind kind, UUID refId) {
        return find("organization = ?1 and kind = ?2 and refId = ?3", organization, kind, refId).firstResultOptional();
    }

    /** Closes the open items about a reference (a referral answered, a match ended), of any organization. */
    public int closeAll(UUID refId, Collection<WorkKind> kinds, Instant at) {
        return update("state = ?1, closedAt = ?2 where refId = ?3 and kind in ?4 and state = ?5",
                WorkItem.State.DONE, at, refId, kinds, WorkItem.State.OPEN);
    }

    /** Closes the organization's open items of its own file (the file was closed). */
    public int closeForFamily(String organization, UUID familyId, Collection<WorkKind> kinds, Instant at) {
        return update("state = ?1, closedAt = ?2 where organization = ?3 and familyId = ?4 and kind in ?5 and state = ?6",
                WorkItem.State.DONE, at, organization, familyId, kinds, WorkItem.State.OPEN);
    }

    /** The items of a family in the organization, open or not, of these kinds (to re-derive them from a plan). */
    public List<WorkItem> ofFamily(String organization, UUID familyId, Collection<WorkKind> kinds) {
        return list("organization = ?1 and familyId = ?2 and kind in ?3", organization, familyId, kinds);
    }

    /** Moves the key worker's open items of a family to the new key worker (null: the queue). */
    public int reassign(String organization, UUID familyId, Collection<WorkKind> kinds, String assignee) {
        return update("assignee = ?1 where organization = ?2 and familyId = ?3 and kind in ?4 and state = ?5",
                assignee, organization, familyId, kinds, WorkItem.State.OPEN);
    }

    /** Which of these families are the organization's own files. */
    public List<UUID> ownedFamilies(Collection<UUID> ids, String organization) {
        return getEntityManager().createQuery("select f.id from Family f where f.id in ?1 and f.owningOrganization = ?2",
                UUID.class).setParameter(1, ids).setParameter(2, organization).getResultList();
    }
}
