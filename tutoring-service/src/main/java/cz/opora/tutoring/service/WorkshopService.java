package cz.opora.tutoring.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.MemberRole;
import cz.opora.projection.KnownFamily;
import cz.opora.tutoring.domain.Workshop;
import cz.opora.tutoring.domain.WorkshopRepository;
import cz.opora.tutoring.domain.WorkshopSession;
import cz.opora.tutoring.domain.WorkshopSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Parent workshops and groups (mothers' clubs): sessions, topics, and which adults of which families came. */
@ApplicationScoped
public class WorkshopService {
    @Inject
    PartnerNotices notices;
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family";

    @Inject
    Programme programme;
    @Inject
    WorkshopRepository workshops;
    @Inject
    WorkshopSessionRepository sessions;
    @Inject
    AuditLog audit;

    @Transactional
    public WorkshopView create(WorkshopInput input) {
        programme.requireStaff("run workshops");
        Workshop w = new Workshop();
        w.id = UUID.randomUUID();
        w.organization = programme.organization();
        w.title = input.title().strip();
        w.kind = input.kind();
        w.createdAt = calendar.now();
        workshops.persist(w);
        return view(w);
    }

    @Transactional
    public Page<WorkshopView> list(PageRequest page) {
        programme.requireStaff("see workshops");
        List<Workshop> rows = workshops.page(programme.organization(), page.afterTime(), page.afterId(), page.limit() + 1);
        return page.page(rows, WorkshopService::view, w -> Cursor.of(w.createdAt, w.id));
    }

    private static WorkshopView view(Workshop w) {
        return new WorkshopView(w.id, w.title, w.kind, w.createdAt);
    }

    /** A session and who came: adults of families that consented to the programme. */
    @Transactional
    public WorkshopSessionView recordSession(UUID workshopId, WorkshopSessionInput input) {
        programme.requireStaff("record workshop attendance");
        Workshop workshop = workshops.visible(workshopId, programme.organization())
                .orElseThrow(() -> ProblemException.notFound("The workshop"));
        for (int i = 0; i < input.attendees().size(); i++) {
            WorkshopAttendee a = input.attendees().get(i);
            KnownFamily family = programme.family(a.familyId(), "attendees[" + i + "].familyId");
            if (programme.member(family, a.memberId(), "attendees[" + i + "].memberId").role == MemberRole.CHILD) {
                throw ProblemException.invalid("attendees[" + i + "].memberId", "must be an adult of the family");
            }
            programme.tutoringConsent(family.id, "attendees[" + i + "].familyId");
        }
        Instant now = calendar.now();
        WorkshopSession session = new WorkshopSession();
        session.id = UUID.randomUUID();
        session.workshopId = workshop.id;
        session.date = input.date();
        session.topic = input.topic().strip();
        session.createdAt = now;
        sessions.persist(session);
        sessions.flush();
        UUID sessionId = session.id;
        List<WorkshopAttendee> distinct = input.attendees().stream().distinct().toList();
        for (WorkshopAttendee a : distinct) {
            sessions.recordAttendance(sessionId, a.familyId(), a.memberId());
            programme.publish(EventType.TUTORING_WORKSHOP_ATTENDANCE, programme.organization(), a.familyId(), a.memberId(),
                    "workshop-session", sessionId, "ATTENDED", now);
            notices.activity(a.familyId(), "workshop-attended", "A parent attended a group session of "
                    + programme.organization(), java.util.Map.of("organization", programme.organization()),
                    "workshop-session", sessionId, now);
        }
        audit.record("workshop.attendance", RESOURCE, distinct.stream().map(WorkshopAttendee::familyId).distinct().toList());
        return new WorkshopSessionView(sessionId, input.date(), input.topic().strip(), distinct.size());
    }
}
