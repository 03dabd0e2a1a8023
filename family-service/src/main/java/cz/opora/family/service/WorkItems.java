package cz.opora.family.service;

import cz.opora.common.time.WorkCalendar;
import cz.opora.family.domain.Consent;
import cz.opora.family.domain.ConsentRepository;
import cz.opora.family.domain.ConsentStatus;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyStatus;
import cz.opora.family.domain.Plan;
import cz.opora.family.domain.PlanRepository;
import cz.opora.family.domain.WorkItem;
import cz.opora.family.domain.WorkItemRepository;
import cz.opora.family.domain.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the My work read model. This service's own items (plan reviews and steps, consents expiring) are written in
 * the same transaction as the change that makes or ends them; the other services' (referrals, absence alerts) by
 * {@code WorkEventsConsumer} from their events, in the transaction that records the event as processed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkItems {
    /** A consent is listed from this many days before its last valid day. */
    static final int CONSENT_NOTICE_DAYS = 30;
    /** A tutor's vetting is listed from this many days before the extract's last valid day. */
    static final int VETTING_NOTICE_DAYS = 30;
    /** Items of the family's own file that follow the file's key worker. */
    static final Set<WorkKind> KEY_WORKER_KINDS = EnumSet.of(WorkKind.PLAN_REVIEW, WorkKind.CONSENT_EXPIRING,
            WorkKind.ABSENCE_ALERT, WorkKind.REFERRAL_OVERDUE);
    private static final Set<WorkKind> PLAN_KINDS = EnumSet.of(WorkKind.PLAN_REVIEW, WorkKind.PLAN_STEP);

    @Inject
    WorkItemRepository items;
    @Inject
    PlanRepository plans;
    @Inject
    ConsentRepository consents;
    @Inject
    WorkCalendar calendar;

    /** Opens (or re-opens, updated) the one item of this kind about this reference in the organization. */
    public WorkItem open(String organization, WorkKind kind, String refType, UUID refId, UUID familyId, LocalDate due,
                         LocalDate visibleFrom, String assignee, String assigneeRole, UUID sourceEventId) {
        WorkItem found = items.findByRef(organization, kind, refId).orElse(null);
        WorkItem item = found != null ? found : new WorkItem();
        if (found == null) {
            item.id = UUID.randomUUID();
            item.organization = organization;
            item.kind = kind;
            item.refId = refId;
            item.createdAt = calendar.now();
        }
        item.refType = refType;
        item.familyId = familyId;
        item.dueDate = due;
        item.visibleFrom = visibleFrom;
        item.assignee = assignee;
        item.assigneeRole = assigneeRole;
        item.sourceEventId = sourceEventId;
        item.state = WorkItem.State.OPEN;
        item.closedAt = null;
        if (found == null) {
            items.persist(item);
        }
        return item;
    }

    /** Closes the open items about a reference, in whichever organization. */
    public void close(UUID refId, Set<WorkKind> kinds) {
        items.closeAll(refId, kinds, calendar.now());
    }

    /** The family's plans as items: each plan's review for the key worker, each open dated step for whoever owes it. */
    public void plansChanged(Family family) {
        Set<UUID> wanted = new HashSet<>();
        if (family.status != FamilyStatus.CLOSED) {
            for (Plan plan : plans.list("familyId", family.id)) {
                if (plan.reviewDate != null) {
                    open(family.owningOrganization, WorkKind.PLAN_REVIEW, "plan", plan.id, family.id, plan.reviewDate,
                            null, family.keyWorker, null, null);
                    wanted.add(plan.id);
                }
                for (Plan.Goal goal : plan.goals) {
                    for (Plan.Step step : goal.steps) {
                        boolean open = step.status == Plan.StepStatus.PLANNED || step.status == Plan.StepStatus.IN_PROGRESS;
                        if (open && step.dueDate != null) {
                            String owes = step.whoKind == Plan.Who.WORKER ? step.whoId : family.keyWorker;
                            open(family.owningOrganization, WorkKind.PLAN_STEP, "plan-step", step.id, family.id,
                                    step.dueDate, null, owes, null, null);
                            wanted.add(step.id);
                        }
                    }
                }
            }
        }
        closeOthers(family, PLAN_KINDS, wanted);
    }

    /** The family's consents with a last valid day, listed for the key worker 30 days before it. */
    public void consentsChanged(Family family) {
        Set<UUID> wanted = new HashSet<>();
        LocalDate today = calendar.today();
        if (family.status != FamilyStatus.CLOSED) {
            for (Consent consent : consents.list("familyId", family.id)) {
                if (consent.validUntil != null && consent.status(today) != ConsentStatus.WITHDRAWN
                        && consent.status(today) != ConsentStatus.EXPIRED) {
                    open(family.owningOrganization, WorkKind.CONSENT_EXPIRING, "consent", consent.id, family.id,
                            consent.validUntil, consent.validUntil.minusDays(CONSENT_NOTICE_DAYS), family.keyWorker, null,
                            null);
                    wanted.add(consent.id);
                }
            }
        }
        closeOthers(family, EnumSet.of(WorkKind.CONSENT_EXPIRING), wanted);
    }

    /** A consent ended (withdrawn, expired): its item goes. */
    public void consentEnded(UUID consentId) {
        close(consentId, EnumSet.of(WorkKind.CONSENT_EXPIRING));
    }

    /** The file was closed or reopened, or its key worker changed: its own items follow. */
    public void fileChanged(Family family) {
        if (family.status == FamilyStatus.CLOSED) {
            items.closeForFamily(family.owningOrganization, family.id, KEY_WORKER_KINDS, calendar.now());
        } else {
            items.reassign(family.owningOrganization, family.id, KEY_WORKER_KINDS, family.keyWorker);
        }
        plansChanged(family);
        consentsChanged(family);
    }

    private void closeOthers(Family family, Set<WorkKind> kinds, Set<UUID> wanted) {
        List<WorkItem> existing = items.ofFamily(family.owningOrganization, family.id, kinds);
        for (WorkItem item : existing) {
            if (item.state == WorkItem.State.OPEN && !wanted.contains(item.refId)) {
                item.state = WorkItem.State.DONE;
                item.closedAt = calendar.now();
            }
        }
    }
}
