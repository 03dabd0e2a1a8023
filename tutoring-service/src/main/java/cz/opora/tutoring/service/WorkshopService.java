package cz.opora.tutoring.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.persistence.SqlValues;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.events.EventType;
import cz.opora.projection.KnownFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Parent workshops and groups (mothers' clubs): sessions, topics, and which adults of which families came. */
@ApplicationScoped
public class WorkshopService {
    static final String RESOURCE = "family";

    @Inject
    Programme programme;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    @Schema(name = "WorkshopInput", examples = "{\"title\": \"Klub maminek Cejl\", \"kind\": \"MOTHERS_CLUB\"}")
    public record Input(@NotBlank @Size(max = 200) String title,
                        @NotNull @Pattern(regexp = "WORKSHOP|MOTHERS_CLUB|PARENT_GROUP",
                                message = "must be WORKSHOP, MOTHERS_CLUB or PARENT_GROUP") String kind) {
    }

    @Schema(name = "Workshop")
    public record View(UUID id, String title, String kind, Instant createdAt) {
    }

    @Schema(name = "WorkshopSessionInput", examples = """
            {"date": "2026-11-20", "topic": "Jak mluvit se školou",
             "attendees": [{"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d", "memberId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}]}""")
    public record SessionInput(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 500) String topic,
                               @NotNull @Size(max = 200) List<@NotNull @Valid Attendee> attendees) {
    }

    @Schema(name = "WorkshopAttendee", description = "An adult member of a family with a consent to the programme")
    public record Attendee(@NotNull UUID familyId, @NotNull UUID memberId) {
    }

    @Schema(name = "WorkshopSession")
    public record SessionView(UUID id, LocalDate date, String topic, int attendees) {
    }

    @Transactional
    public View create(Input input) {
        programme.requireStaff("run workshops");
        UUID id = UUID.randomUUID();
        Instant now = Programme.now();
        em.createNativeQuery("INSERT INTO workshop (id, organization, title, kind, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, programme.organization()).setParameter(3, input.title().strip())
                .setParameter(4, input.kind()).setParameter(5, now).executeUpdate();
        return new View(id, input.title().strip(), input.kind(), now);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page<View> list(PageRequest page) {
        programme.requireStaff("see workshops");
        String sql = "SELECT id, title, kind, created_at FROM workshop WHERE organization = :org"
                + (page.afterId() == null ? "" : " AND (created_at, id) < (:time, :id)") + " ORDER BY created_at DESC, id DESC LIMIT :limit";
        var query = em.createNativeQuery(sql).setParameter("org", programme.organization()).setParameter("limit", page.limit() + 1);
        if (page.afterId() != null) {
            query.setParameter("time", page.afterTime()).setParameter("id", page.afterId());
        }
        List<Object[]> rows = query.getResultList();
        return page.page(rows, r -> new View((UUID) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3])),
                r -> Cursor.of(SqlValues.instant(r[3]), (UUID) r[0]));
    }

    /** A session and who came: adults of families that consented to the programme. */
    @Transactional
    public SessionView recordSession(UUID workshopId, SessionInput input) {
        programme.requireStaff("record workshop attendance");
        Number found = (Number) em.createNativeQuery("SELECT count(*) FROM workshop WHERE id = ?1 AND organization = ?2")
                .setParameter(1, workshopId).setParameter(2, programme.organization()).getSingleResult();
        if (found.intValue() == 0) {
            throw ProblemException.notFound("The workshop");
        }
        for (int i = 0; i < input.attendees().size(); i++) {
            Attendee a = input.attendees().get(i);
            KnownFamily family = programme.family(a.familyId(), "attendees[" + i + "].familyId");
            if ("CHILD".equals(programme.member(family, a.memberId(), "attendees[" + i + "].memberId").role)) {
                throw ProblemException.invalid("attendees[" + i + "].memberId", "must be an adult of the family");
            }
            programme.tutoringConsent(family.id, "attendees[" + i + "].familyId");
        }
        UUID sessionId = UUID.randomUUID();
        Instant now = Programme.now();
        em.createNativeQuery("INSERT INTO workshop_session (id, workshop_id, session_date, topic, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, sessionId).setParameter(2, workshopId).setParameter(3, input.date())
                .setParameter(4, input.topic().strip()).setParameter(5, now).executeUpdate();
        List<Attendee> distinct = input.attendees().stream().distinct().toList();
        for (Attendee a : distinct) {
            em.createNativeQuery("INSERT INTO workshop_attendance (session_id, family_id, member_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, sessionId).setParameter(2, a.familyId()).setParameter(3, a.memberId()).executeUpdate();
            programme.publish(EventType.TUTORING_WORKSHOP_ATTENDANCE, programme.organization(), a.familyId(), a.memberId(),
                    "workshop-session", sessionId, "ATTENDED", now);
            programme.timeline(a.familyId(), "workshop-attended", "A parent attended a group session of "
                    + programme.organization(), java.util.Map.of("organization", programme.organization()),
                    "workshop-session", sessionId, now);
        }
        audit.record("workshop.attendance", RESOURCE, distinct.stream().map(Attendee::familyId).distinct().toList());
        return new SessionView(sessionId, input.date(), input.topic().strip(), distinct.size());
    }
}
