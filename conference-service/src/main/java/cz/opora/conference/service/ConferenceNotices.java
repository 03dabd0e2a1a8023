package cz.opora.conference.service;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.conference.domain.CaseConference;
import cz.opora.conference.domain.CaseConferenceParticipant;
import cz.opora.conference.domain.CaseConferenceTask;
import cz.opora.events.EventType;
import cz.opora.events.access.GrantReason;
import cz.opora.events.conference.ConferenceEvent;
import cz.opora.events.conference.ConferenceTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** conference-service's events, access grants and timeline entries, in the transaction of the change. */
@ApplicationScoped
public class ConferenceNotices {
    @Inject
    Outbox outbox;
    @Inject
    PartnerNotices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, UUID conferenceId, UUID familyId, String kind, String organization, String status,
                        Instant scheduledFor, Instant at) {
        outbox.emit(type, familyId, new ConferenceEvent(conferenceId, familyId, kind, organization, status, scheduledFor, at));
    }

    /**
     * A case conference's task as an event for its owner's My work: a worker participant's organization owes it (its
     * queue, or the worker when the conference knows the worker's login: the convener); a task of an external
     * participant or of the family is the convener's to follow up. Never what the task is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishTask(CaseConference c, CaseConferenceTask task, Instant at) {
        CaseConferenceParticipant owner = c.participants.stream().filter(p -> p.id.equals(task.ownerParticipant))
                .findFirst().orElse(null);
        boolean worker = owner != null && owner.kind == CaseConferenceParticipant.Kind.WORKER && owner.organization != null;
        String assigneeOrganization = worker ? owner.organization : c.organization;
        String assignee = worker ? owner.userSubject : c.convener;
        String status = task.status == CaseConferenceTask.Status.OPEN && c.status == CaseConference.Status.CLOSED
                ? "DROPPED" : task.status.name();
        EventType type = "OPEN".equals(status) ? EventType.CONFERENCE_TASK_ASSIGNED : EventType.CONFERENCE_TASK_CLOSED;
        outbox.emit(type, c.familyId, new ConferenceTask(task.id, c.id, c.familyId, c.organization, assigneeOrganization,
                assignee, task.dueDate, status, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishPlan(EventType type, Object plan, UUID familyId) {
        outbox.emit(type, familyId, plan);
    }

    /**
     * A participant's organization may see the family for the conference's purpose and duration, within the family's
     * consent {@code consentId}, only the children {@code memberIds} (empty: the whole family), and never more than
     * the {@code grantor} (the convener, the referrer) itself may see; the grant's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID grant(UUID familyId, String organization, String organizationType, GrantReason reason, UUID conferenceId,
                      UUID consentId, List<String> scopes, List<UUID> memberIds, String grantor, Instant at) {
        return notices.grant(new PartnerNotices.Grant(familyId, organization, organizationType, reason,
                conferenceId, "CONSENT", java.util.Objects.requireNonNull(consentId, "consentId"), null, scopes,
                memberIds, grantor), at);
    }
}
