package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.conference.ConferenceTask;
import cz.opora.events.referral.ReferralEvent;
import cz.opora.events.tutoring.TutorVetting;
import cz.opora.events.tutoring.TutoringEvent;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyStatus;
import cz.opora.family.domain.NotificationKind;
import cz.opora.family.domain.WorkItem;
import cz.opora.family.domain.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The other services' events as My work items and notifications: a referral sent to an organization waits in its
 * queue until answered; a referral not answered in time goes to the sender's key worker; a tutoring absence alert to
 * the family's key worker. Runs inside the consumer's transaction (with the processed-event row).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkEvents {
    /** Who of an organization's staff works with families (told of what comes to the organization's queue). */
    static final List<String> CASE_ROLES = List.of(Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER,
            Roles.NZDM_WORKER, Roles.FGC_COORDINATOR);
    private static final EnumSet<WorkKind> REFERRAL_KINDS = EnumSet.of(WorkKind.REFERRAL_AWAITING_ANSWER,
            WorkKind.REFERRAL_OVERDUE);

    @Inject
    WorkItems work;
    @Inject
    NotificationService notifications;
    @Inject
    EntityManager em;
    @Inject
    WorkCalendar calendar;
    @Inject
    AuditLog audit;

    /** Sent to an organization that works in Opora: its queue, and its workers are told. */
    public void referralSent(UUID eventId, ReferralEvent referral, String consumer) {
        if (!referral.recipientUsesOpora() || referral.recipientOrganization() == null) {
            return;
        }
        LocalDate due = day(referral.dueAt() != null ? referral.dueAt() : referral.occurredAt());
        WorkItem item = work.open(referral.recipientOrganization(), WorkKind.REFERRAL_AWAITING_ANSWER, "referral",
                referral.referralId(), referral.familyId(), due, null, null, null, eventId);
        notifications.tell(item.organization, notifications.workersWith(item.organization, CASE_ROLES),
                NotificationKind.REFERRAL_RECEIVED, "referral", referral.referralId(), eventId.toString());
    }

    /** Not answered in time: the sender's key worker of the file (or the sender's queue) takes it up. */
    public void referralOverdue(UUID eventId, ReferralEvent referral, String consumer) {
        Family family = em.find(Family.class, referral.familyId());
        boolean senderFile = family != null && family.owningOrganization.equals(referral.senderOrganization());
        String assignee = senderFile ? family.keyWorker : null;
        WorkItem item = work.open(referral.senderOrganization(), WorkKind.REFERRAL_OVERDUE, "referral",
                referral.referralId(), referral.familyId(), day(referral.dueAt() != null ? referral.dueAt()
                        : referral.occurredAt()), null, assignee, null, eventId);
        List<String> told = assignee != null ? List.of(assignee)
                : notifications.workersWith(item.organization, CASE_ROLES);
        notifications.tell(item.organization, told, NotificationKind.REFERRAL_OVERDUE, "referral", referral.referralId(),
                eventId.toString());
    }

    /** Accepted, declined, withdrawn, completed or suspended: nothing is awaited any more. */
    public void referralSettled(ReferralEvent referral) {
        work.close(referral.referralId(), REFERRAL_KINDS);
    }

    /** Missed sessions: the family's key worker (of the file the match is about) is told and has the item. */
    public void absenceAlert(UUID eventId, TutoringEvent alert, String consumer) {
        Family family = em.find(Family.class, alert.familyId());
        if (family == null || family.status == FamilyStatus.CLOSED || alert.refId() == null) {
            return;
        }
        WorkItem item = work.open(family.owningOrganization, WorkKind.ABSENCE_ALERT, alert.refType(), alert.refId(),
                family.id, day(alert.occurredAt()), null, family.keyWorker, null, eventId);
        List<String> told = family.keyWorker != null ? List.of(family.keyWorker)
                : notifications.workersWith(item.organization, List.of(Roles.CASE_MANAGER, Roles.OSPOD_WORKER));
        notifications.tell(item.organization, told, NotificationKind.ABSENCE_ALERT, alert.refType(), alert.refId(),
                eventId.toString());
        audit.recordSystem(consumer, "work.absence-alert", WorkService.RESOURCE, List.of(family.id), "kafka:tutoring");
    }

    /**
     * The family agreed its plan at its family group conference: the referrer decides on it (the key worker of the
     * referrer's own file of the family, else the referrer's queue), until it is accepted or rejected, or the
     * conference cancelled.
     */
    public void familyPlanAgreed(UUID eventId, cz.opora.events.conference.ConferenceEvent plan, String consumer) {
        Family family = em.find(Family.class, plan.familyId());
        boolean ownFile = family != null && family.owningOrganization.equals(plan.organization());
        String assignee = ownFile ? family.keyWorker : null;
        WorkItem item = work.open(plan.organization(), WorkKind.PLAN_AWAITING_DECISION, "family-conference",
                plan.conferenceId(), plan.familyId(), day(plan.occurredAt()), null, assignee, null, eventId);
        List<String> told = assignee != null ? List.of(assignee)
                : notifications.workersWith(item.organization, List.of(Roles.OSPOD_WORKER, Roles.CASE_MANAGER));
        notifications.tell(item.organization, told, NotificationKind.PLAN_AWAITING_DECISION, "family-conference",
                plan.conferenceId(), eventId.toString());
    }

    /** The referrer decided on the family's plan, or the conference ended without it. */
    public void familyPlanDecided(UUID conferenceId) {
        if (conferenceId != null) {
            work.close(conferenceId, EnumSet.of(WorkKind.PLAN_AWAITING_DECISION));
        }
    }

    /**
     * A case conference gave a task: the worker who owes it when the conference names one (the convener), else the
     * queue of the organization that owes it; they are told. Of that organization only: another organization never
     * sees it.
     */
    public void conferenceTaskAssigned(UUID eventId, ConferenceTask task) {
        WorkItem item = work.open(task.assigneeOrganization(), WorkKind.CONFERENCE_TASK, "conference-task", task.taskId(),
                task.familyId(), task.dueDate(), null, task.assignee(), null, eventId);
        item.contextId = task.conferenceId();
        List<String> told = task.assignee() != null ? List.of(task.assignee())
                : notifications.workersWith(item.organization, CASE_ROLES);
        notifications.tell(item.organization, told, NotificationKind.TASK_ASSIGNED, "conference-task", task.taskId(),
                eventId.toString());
    }

    /** Followed up (done or not) or dropped with its conference: nothing is owed any more. */
    public void conferenceTaskClosed(ConferenceTask task) {
        work.close(task.taskId(), EnumSet.of(WorkKind.CONFERENCE_TASK));
    }

    /**
     * A tutor's vetting recorded or changed: the programme's club leaders (and its org-admins) have the tutor in
     * their queue from 30 days before the extract's last valid day, due on it; no extract or an inactive tutor: no
     * item. The tutor's id only: the console opens the tutor in tutoring-service.
     */
    public void tutorVetting(UUID eventId, TutorVetting vetting) {
        if (vetting.active() && vetting.validUntil() != null) {
            work.open(vetting.organization(), WorkKind.TUTOR_VETTING_EXPIRING, "tutor", vetting.tutorId(), null,
                    vetting.validUntil(), vetting.validUntil().minusDays(WorkItems.VETTING_NOTICE_DAYS), null,
                    Roles.CLUB_LEADER, eventId);
        } else {
            work.close(vetting.tutorId(), EnumSet.of(WorkKind.TUTOR_VETTING_EXPIRING));
        }
    }

    /** The match ended: its absence alert is no longer to act on. */
    public void matchEnded(TutoringEvent ended) {
        if (ended.refId() != null) {
            work.close(ended.refId(), EnumSet.of(WorkKind.ABSENCE_ALERT));
        }
    }

    private LocalDate day(java.time.Instant at) {
        return (at == null ? calendar.now() : at).atZone(calendar.zone()).toLocalDate();
    }
}
