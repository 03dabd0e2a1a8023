package cz.opora.family.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.events.EventType;
import cz.opora.events.conference.ConferenceEvent;
import cz.opora.events.conference.ConferenceTask;
import cz.opora.events.conference.FamilyPlan;
import cz.opora.events.tutoring.TutorVetting;
import cz.opora.events.referral.ReferralEvent;
import cz.opora.events.tutoring.TutoringEvent;
import cz.opora.family.service.WorkEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * My work and notifications from the other services' events: referrals (referral-service), absence alerts and
 * ended matches and tutors' vetting (tutoring-service), family plans awaiting the referrer's decision and case
 * conference tasks (conference-service). Its own consumer group and processed-event log, beside PartnerEventsConsumer on
 * the same topics, so that the timeline and the worklist do not hold each other up.
 */
@ApplicationScoped
public class WorkEventsConsumer {
    static final String CONSUMER = "family-service.work";
    static final List<EventType> HANDLED = List.of(EventType.REFERRAL_SENT, EventType.REFERRAL_OVERDUE,
            EventType.REFERRAL_ACCEPTED, EventType.REFERRAL_DECLINED, EventType.REFERRAL_WITHDRAWN,
            EventType.REFERRAL_COMPLETED, EventType.REFERRAL_SUSPENDED, EventType.TUTORING_ABSENCE_ALERT,
            EventType.TUTORING_MATCH_ENDED, EventType.CONFERENCE_FAMILY_PLAN_AGREED,
            EventType.CONFERENCE_FAMILY_PLAN_ACCEPTED, EventType.CONFERENCE_FAMILY_PLAN_REJECTED,
            EventType.CONFERENCE_CANCELLED, EventType.CONFERENCE_TASK_ASSIGNED, EventType.CONFERENCE_TASK_CLOSED,
            EventType.TUTORING_TUTOR_VETTING, EventType.REFERRAL_APPROVAL_REQUESTED);

    @Inject
    IdempotentConsumer inbox;
    @Inject
    WorkEvents work;
    @Inject
    cz.opora.family.service.ReferralApprovals referralApprovals;

    @Incoming("work-events")
    @Blocking(ordered = true)
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record.value(), HANDLED, event -> {
            switch (event.type()) {
                case REFERRAL_SENT -> work.referralSent(event.id(), event.dataAs(ReferralEvent.class), CONSUMER);
                case REFERRAL_OVERDUE -> work.referralOverdue(event.id(), event.dataAs(ReferralEvent.class), CONSUMER);
                case REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_WITHDRAWN, REFERRAL_COMPLETED, REFERRAL_SUSPENDED ->
                        work.referralSettled(event.dataAs(ReferralEvent.class));
                case TUTORING_ABSENCE_ALERT -> work.absenceAlert(event.id(), event.dataAs(TutoringEvent.class), CONSUMER);
                case TUTORING_MATCH_ENDED -> work.matchEnded(event.dataAs(TutoringEvent.class));
                case CONFERENCE_FAMILY_PLAN_AGREED ->
                        work.familyPlanAgreed(event.id(), event.dataAs(ConferenceEvent.class), CONSUMER);
                case CONFERENCE_FAMILY_PLAN_REJECTED, CONFERENCE_CANCELLED ->
                        work.familyPlanDecided(event.dataAs(ConferenceEvent.class).conferenceId());
                case CONFERENCE_FAMILY_PLAN_ACCEPTED -> work.familyPlanDecided(event.dataAs(FamilyPlan.class).conferenceId());
                case CONFERENCE_TASK_ASSIGNED -> work.conferenceTaskAssigned(event.id(), event.dataAs(ConferenceTask.class));
                case CONFERENCE_TASK_CLOSED -> work.conferenceTaskClosed(event.dataAs(ConferenceTask.class));
                case REFERRAL_APPROVAL_REQUESTED -> referralApprovals.requested(event.id(),
                        event.dataAs(cz.opora.events.referral.ReferralApprovalRequested.class), CONSUMER);
                case TUTORING_TUTOR_VETTING -> work.tutorVetting(event.id(), event.dataAs(TutorVetting.class));
                default -> throw new IllegalStateException("unhandled " + event.type());
            }
        });
    }
}
