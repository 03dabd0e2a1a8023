package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** A plan with its goals; steps load per plan in one more query (batch), never one per goal row. */
    public Optional<Plan> findInFamily(UUID familyId, UUID id) {
        Optional<Plan> plan = find("select distinct p from Plan p left join fetch p.goals where p.familyId = ?1 and p.id = ?2",
                familyId, id).singleResultOptional();
        plan.ifPresent(p -> {
            if (!p.goals.isEmpty()) {
                getEntityManager().createQuery("select distinct g from PlanGoal g left join fetch g.steps where g.plan = ?1",
                        Plan.Goal.class).setParameter(1, p).getResultList();
            }
        });
        return plan;
    }

    public List<Plan> page(UUID familyId, Instant afterAgreedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("familyId = ?1 order by agreedAt desc, id desc", familyId).page(0, limit).list();
        }
        return find("familyId = ?1 and (agreedAt, id) < (?2, ?3) order by agreedAt desc, id desc",
                familyId, afterAgreedAt, afterId).page(0, limit).list();
    }

    public List<Plan.Revision> revisions(UUID planId) {
        return getEntityManager().createQuery("from PlanRevision r where r.planId = ?1 order by r.revision desc",
                Plan.Revision.class).setParameter(1, planId).getResultList();
    }

    /** Overdue plan reviews of an organization's open families (or only those the worker is key worker of). */
    public List<Object[]> overdueReviews(String organization, String worker, LocalDate today, int limit) {
        var query = getEntityManager().createQuery("select p.id, p.title, p.reviewDate, f.id, f.name from Plan p, Family f "
                        + "where f.id = p.familyId and f.owningOrganization = :org and f.status <> :closed "
                        + "and p.reviewDate < :today" + (worker == null ? "" : " and f.keyWorker = :worker")
                        + " order by p.reviewDate, p.id", Object[].class)
                .setParameter("org", organization).setParameter("closed", FamilyStatus.CLOSED).setParameter("today", today);
        if (worker != null) {
            query.setParameter("worker", worker);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Overdue open steps of an organization's open families (or only those owed by the worker). */
    public List<Object[]> overdueSteps(String organization, String worker, LocalDate today, int limit) {
        var query = getEntityManager().createQuery("select s.id, s.what, s.dueDate, s.whoName, p.id, f.id, f.name "
                        + "from PlanStep s join s.goal g join g.plan p, Family f where f.id = p.familyId "
                        + "and f.owningOrganization = :org and f.status <> :closed and s.status in :open "
                        + "and s.dueDate < :today" + (worker == null ? "" : " and s.whoId = :worker")
                        + " order by s.dueDate, s.id", Object[].class)
                .setParameter("org", organization).setParameter("closed", FamilyStatus.CLOSED)
                .setParameter("open", List.of(Plan.StepStatus.PLANNED, Plan.StepStatus.IN_PROGRESS))
                .setParameter("today", today);
        if (worker != null) {
            query.setParameter("worker", worker);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
