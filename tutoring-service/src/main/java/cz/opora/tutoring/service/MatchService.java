package cz.opora.tutoring.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.text.Texts;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.ConsentEndReason;
import cz.opora.events.EventType;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.projection.KnownFamilyRepository;
import cz.opora.tutoring.config.TutoringConfig;
import cz.opora.tutoring.domain.SchoolProgress;
import cz.opora.tutoring.domain.SchoolProgressRepository;
import cz.opora.tutoring.domain.Tutor;
import cz.opora.tutoring.domain.TutorRepository;
import cz.opora.tutoring.domain.TutoringMatch.Status;
import cz.opora.tutoring.domain.TutoringMatch;
import cz.opora.tutoring.domain.TutoringMatchRepository;
import cz.opora.tutoring.domain.TutoringSession;
import cz.opora.tutoring.domain.TutoringSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Matches of a tutor and a child, their sessions and the child's school progress. Staff propose, start, pause and end
 * matches; a tutor sees and records only the own matches (404 otherwise) and never more of the family than the match
 * needs. A run of missed sessions alerts the family's SAS worker through its timeline.
 * <p>
 * An ended match keeps what the programme must keep for its own records (tutor, dates, schedule, subjects, sessions'
 * dates and durations, the outcome) and shows nothing that identifies or locates the child ({@link #showsChild}): to
 * its former tutor once it ended for any reason, to the programme's staff once the consent ended (withdrawn or
 * expired), when the identifying fields are also dropped from the record ({@link TutoringMatch#dropIdentifying}).
 */
@ApplicationScoped
public class MatchService {
    @Inject
    PartnerNotices notices;
    @Inject
    TutoringConfig config;
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family";

    @Inject
    Programme programme;
    @Inject
    TutoringMatchRepository matches;
    @Inject
    TutorRepository tutors;
    @Inject
    TutoringSessionRepository sessions;
    @Inject
    SchoolProgressRepository progress;
    @Inject
    KnownFamilyRepository families;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    @Transactional
    public MatchView propose(MatchInput input) {
        programme.requireStaff("match tutors with children");
        Tutor tutor = tutors.inOrganization(input.tutorId(), programme.organization())
                .orElseThrow(() -> ProblemException.invalid("tutorId", "is not a tutor of your programme"));
        tutor.notMatchableBecause(programme.today(), config.criminalRecordValidity()).ifPresent(why -> {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "tutor-not-vetted",
                    "The tutor cannot be matched: " + why + ".").with("tutorId", tutor.id.toString()));
        });
        KnownFamily family = programme.family(input.familyId(), "familyId");
        KnownFamilyMember child = programme.child(family, input.childId(), "childId");
        KnownConsent consent = programme.tutoringConsent(family.id, "familyId");
        Instant now = calendar.now();
        TutoringMatch m = new TutoringMatch();
        m.id = UUID.randomUUID();
        m.organization = programme.organization();
        m.tutorId = tutor.id;
        m.familyId = family.id;
        m.childId = child.id;
        m.consentId = consent.id;
        m.place = input.place().strip();
        m.schedule = input.schedule().strip();
        m.school = Texts.blankToNull(input.school());
        m.schoolClass = Texts.blankToNull(input.schoolClass());
        m.sasContactName = input.sasContactName().strip();
        m.sasContactPhone = Texts.blankToNull(input.sasContactPhone());
        m.sasOrganization = family.owningOrganization;
        m.subjects = input.subjects().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        m.goals = input.goals().strip();
        m.status = Status.PROPOSED;
        m.createdAt = now;
        m.updatedAt = now;
        matches.persist(m);
        audit.record("match.propose", RESOURCE, List.of(family.id));
        return flushed(m);
    }

    @Transactional
    public MatchView get(UUID id) {
        TutoringMatch m = visible(id, false);
        audit.record("match.read", RESOURCE, List.of(m.familyId));
        return view(m, tutors(List.of(m)), families(List.of(m)), showsChild(m));
    }

    @Transactional
    public Page<MatchView> list(PageRequest page) {
        List<TutoringMatch> rows = matches.page(programme.organization(), programme.onlyTutor(), page.afterTime(),
                page.afterId(), page.limit() + 1);
        List<TutoringMatch> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Map<UUID, Tutor> tutors = tutors(shown);
        Map<UUID, KnownFamily> families = families(shown);
        audit.record("match.list", RESOURCE, shown.stream().map(m -> m.familyId).distinct().toList());
        return page.page(rows, m -> view(m, tutors, families, showsChild(m)), m -> Cursor.of(m.createdAt, m.id));
    }

    @Transactional
    public MatchView start(UUID id, String ifMatch) {
        return transition(id, ifMatch, EnumSet.of(Status.PROPOSED), Status.ACTIVE, "start");
    }

    @Transactional
    public MatchView pause(UUID id, String ifMatch) {
        return transition(id, ifMatch, EnumSet.of(Status.ACTIVE), Status.PAUSED, "pause");
    }

    @Transactional
    public MatchView resume(UUID id, String ifMatch) {
        return transition(id, ifMatch, EnumSet.of(Status.PAUSED), Status.ACTIVE, "resume");
    }

    private MatchView transition(UUID id, String ifMatch, Set<Status> from, Status to, String what) {
        programme.requireStaff(what + " matches");
        TutoringMatch m = lockFrom(id, from, what);
        ETags.checkIfPresent(ifMatch, m.version);
        Instant now = calendar.now();
        if (to == Status.ACTIVE) {
            Tutor tutor = tutors.findById(m.tutorId);
            tutor.notMatchableBecause(programme.today(), config.criminalRecordValidity()).ifPresent(why -> {
                throw new ProblemException(Problem.of(Response.Status.CONFLICT, "tutor-not-vetted",
                        "The tutor cannot visit the child: " + why + ".").with("tutorId", tutor.id.toString()));
            });
            programme.tutoringConsent(m.familyId, "familyId");
            m.startedAt = m.startedAt == null ? now : m.startedAt;
        }
        m.status = to;
        m.updatedAt = now;
        if (to == Status.ACTIVE && "start".equals(what)) {
            programme.publish(EventType.TUTORING_MATCH_STARTED, m.organization, m.familyId, m.childId, "match", m.id, to.name(), now);
            notices.activity(m.familyId, "match-started", m.organization + " started home tutoring of a child",
                    java.util.Map.of("organization", m.organization), "tutoring-match", m.id, now);
        } else if (to == Status.PAUSED) {
            programme.publish(EventType.TUTORING_MATCH_PAUSED, m.organization, m.familyId, m.childId, "match", m.id, to.name(), now);
        }
        audit.record("match." + what, RESOURCE, List.of(m.familyId));
        return flushed(m);
    }

    @Transactional
    public MatchView end(UUID id, String ifMatch, MatchEnd input) {
        programme.requireStaff("end matches");
        TutoringMatch m = lockFrom(id, EnumSet.of(Status.PROPOSED, Status.ACTIVE, Status.PAUSED), "end");
        ETags.checkIfPresent(ifMatch, m.version);
        end(m, input.reason(), Texts.blankToNull(input.note()), calendar.now());
        audit.record("match.end", RESOURCE, List.of(m.familyId));
        return flushed(m);
    }

    private void end(TutoringMatch m, TutoringMatch.EndReason reason, String note, Instant now) {
        m.status = Status.ENDED;
        m.endReason = reason;
        m.endNote = note;
        m.endedAt = now;
        m.updatedAt = now;
        programme.publish(EventType.TUTORING_MATCH_ENDED, m.organization, m.familyId, m.childId, "match", m.id, reason.name(), now);
        notices.activity(m.familyId, "match-ended", "Home tutoring of a child ended (" + reason + ")",
                java.util.Map.of("reason", String.valueOf(reason)), "tutoring-match", m.id, now);
    }

    /**
     * The family withdrew (or let expire) its consent to tutoring: every match on it ends, and every match on it (also
     * those that had ended before) drops what identifies or locates the child.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentEnded(@Observes FamilyProjection.ConsentEnded ended) {
        TutoringMatch.EndReason reason = ended.reason() == ConsentEndReason.WITHDRAWN
                ? TutoringMatch.EndReason.CONSENT_WITHDRAWN : TutoringMatch.EndReason.CONSENT_EXPIRED;
        for (TutoringMatch m : matches.stillIdentifyingOnConsent(ended.consentId())) {
            if (m.status != Status.ENDED) {
                end(m, reason, null, ended.at());
            }
            m.dropIdentifying(ended.at());
        }
    }

    /**
     * The case file a match was about was erased: the eraser's own matches go with it; every other match stays as
     * its programme's record, ended, without what identifies or locates the child, detached from the erased file.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onErased(@Observes FamilyProjection.FamilyErasedHere erased) {
        if (erased.owningOrganization() != null) {
            matches.deleteOwn(erased.familyId(), erased.owningOrganization());
        }
        Instant now = calendar.now();
        for (TutoringMatch m : matches.ofFamily(erased.familyId())) {
            if (m.status != Status.ENDED) {
                m.status = Status.ENDED;
                m.endReason = TutoringMatch.EndReason.OTHER;
                m.endedAt = now;
            }
            m.endNote = null;
            m.dropIdentifying(now);
            m.familyErasedAt = now;
            m.updatedAt = now;
        }
    }

    /** Whether the caller sees what identifies or locates the child ({@link TutoringMatch#showsChildTo}). */
    private boolean showsChild(TutoringMatch m) {
        return m.showsChildTo(programme.staff());
    }

    /**
     * A session, held or missed, recorded by the match's tutor or the staff. Missed sessions in a row reaching the
     * configured number alert the family's SAS worker (once per run; a held session starts the count again).
     */
    @Transactional
    public TutoringSessionView recordSession(UUID matchId, TutoringSessionInput input) {
        TutoringMatch m = visible(matchId, true);
        if (m.status != Status.ACTIVE) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "match-not-active",
                    "Sessions are recorded while the match is ACTIVE; it is " + m.status + ".").with("currentStatus", m.status.name()));
        }
        boolean held = input.held();
        if (held && (input.durationMinutes() == null || input.durationMinutes() < 1)) {
            throw ProblemException.invalid("durationMinutes", "is required for a session that was held");
        }
        if (sessions.existsOn(m.id, input.date())) {
            throw ProblemException.conflict("session-exists", "A session on " + input.date() + " is already recorded for this match.");
        }
        Instant now = calendar.now();
        TutoringSession s = new TutoringSession();
        s.id = UUID.randomUUID();
        s.matchId = m.id;
        s.date = input.date();
        s.held = held;
        s.durationMinutes = held ? input.durationMinutes() : 0;
        s.childPresent = held && !Boolean.FALSE.equals(input.childPresent());
        s.parentPresent = Boolean.TRUE.equals(input.parentPresent());
        s.subjects = (input.subjects() == null ? List.<String>of() : input.subjects()).stream()
                .map(x -> x.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        s.workedOn = Texts.blankToNull(input.workedOn());
        s.noteForSas = Texts.blankToNull(input.noteForSas());
        s.recordedBy = caller.username();
        s.createdAt = now;
        sessions.persist(s);
        programme.publish(EventType.TUTORING_SESSION_RECORDED, m.organization, m.familyId, m.childId, "session", s.id,
                held ? "HELD" : "MISSED", now);
        notices.activity(m.familyId, held ? "session-held" : "session-missed", held
                ? "Tutoring session held (" + s.durationMinutes + " min" + (s.parentPresent ? ", a parent present" : "") + ")"
                : "Tutoring session missed", held ? java.util.Map.of("minutes", String.valueOf(s.durationMinutes),
                        "parentPresent", String.valueOf(s.parentPresent)) : java.util.Map.of(), "tutoring-match", m.id, now);
        boolean alert = m.countSession(held, config.missedSessionsAlert());
        m.updatedAt = now;
        if (alert) {
            programme.publish(EventType.TUTORING_ABSENCE_ALERT, m.organization, m.familyId, m.childId, "match", m.id,
                    m.consecutiveMissed + " missed", now);
            notices.activity(m.familyId, "absence-alert", "Absence alert: " + m.consecutiveMissed
                    + " tutoring sessions missed in a row", java.util.Map.of("missed", String.valueOf(m.consecutiveMissed)),
                    "tutoring-match", m.id, now);
        }
        audit.record("session.record", RESOURCE, List.of(m.familyId));
        return TutoringSessionView.of(s, true);
    }

    @Transactional
    public Page<TutoringSessionView> sessions(UUID matchId, PageRequest page) {
        TutoringMatch m = visible(matchId, false);
        audit.record("session.list", RESOURCE, List.of(m.familyId));
        boolean showsChild = showsChild(m);
        List<TutoringSession> rows = sessions.page(m.id, page.afterDay(), page.afterId(), page.limit() + 1);
        return page.page(rows, s -> TutoringSessionView.of(s, showsChild), s -> Cursor.of(s.date, s.id));
    }

    /**
     * The match and up to {@code max} of its newest sessions, exactly as {@code GET /matches/{id}} and its sessions show
     * them to the caller (same scoping, same withholding), as one audited read (the printable summary).
     */
    @Transactional
    public MatchRecord record(UUID matchId, int max) {
        TutoringMatch m = visible(matchId, false);
        boolean showsChild = showsChild(m);
        List<TutoringSessionView> shown = sessions.page(m.id, null, null, max).stream()
                .map(s -> TutoringSessionView.of(s, showsChild)).toList();
        audit.record("match.document", RESOURCE, List.of(m.familyId));
        return new MatchRecord(view(m, tutors(List.of(m)), families(List.of(m)), showsChild), shown);
    }

    @Transactional
    public SchoolProgressView recordProgress(UUID matchId, SchoolProgressInput input) {
        TutoringMatch m = visible(matchId, true);
        if (!showsChild(m)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "match-ended",
                    "The match has ended; its school progress is closed.").with("currentStatus", m.status.name()));
        }
        SchoolProgress p = progress.forTerm(m.id, input.term()).orElse(null);
        boolean fresh = p == null;
        if (fresh) {
            p = new SchoolProgress();
            p.id = UUID.randomUUID();
            p.matchId = m.id;
            p.term = input.term();
        }
        p.grades = input.grades().stream().map(g -> new SchoolProgress.Grade(g.subject().strip().toLowerCase(Locale.ROOT),
                g.grade(), Texts.blankToNull(g.teacherFeedback()))).toList();
        p.attendancePercent = input.attendancePercent();
        p.movedUp = input.movedUp();
        p.recordedAt = calendar.now();
        if (fresh) {
            progress.persist(p);
        }
        audit.record("progress.record", RESOURCE, List.of(m.familyId));
        return SchoolProgressView.of(p, true);
    }

    @Transactional
    public List<SchoolProgressView> progress(UUID matchId) {
        TutoringMatch m = visible(matchId, false);
        audit.record("progress.read", RESOURCE, List.of(m.familyId));
        boolean showsChild = showsChild(m);
        return progress.ofMatch(m.id).stream().map(p -> SchoolProgressView.of(p, showsChild)).toList();
    }

    private TutoringMatch visible(UUID id, boolean lock) {
        return matches.visible(id, programme.organization(), programme.onlyTutor(), lock)
                .orElseThrow(() -> ProblemException.notFound("The match"));
    }

    private TutoringMatch lockFrom(UUID id, Set<Status> from, String what) {
        TutoringMatch m = visible(id, true);
        if (!from.contains(m.status)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-transition",
                    "A match that is " + m.status + " cannot " + what + "; it can from "
                            + from.stream().map(Enum::name).sorted().toList() + ".").with("currentStatus", m.status.name()));
        }
        return m;
    }

    private MatchView flushed(TutoringMatch m) {
        matches.flush();
        return view(m, tutors(List.of(m)), families(List.of(m)), showsChild(m));
    }

    private Map<UUID, Tutor> tutors(List<TutoringMatch> shown) {
        Map<UUID, Tutor> result = new HashMap<>();
        tutors.byIds(shown.stream().map(m -> m.tutorId).distinct().toList()).forEach(t -> result.put(t.id, t));
        return result;
    }

    private Map<UUID, KnownFamily> families(List<TutoringMatch> shown) {
        return families.withMembers(shown.stream().map(m -> m.familyId).distinct().toList());
    }

    private MatchView view(TutoringMatch m, Map<UUID, Tutor> tutors, Map<UUID, KnownFamily> families, boolean showsChild) {
        KnownFamily family = families.get(m.familyId);
        KnownFamilyMember child = family == null || !showsChild ? null
                : family.members.stream().filter(x -> x.id.equals(m.childId)).findFirst().orElse(null);
        Tutor tutor = tutors.get(m.tutorId);
        return new MatchView(m.id, m.tutorId, tutor == null ? null : tutor.name, m.familyId, m.childId,
                child == null ? null : child.firstName + " " + child.lastName,
                child == null ? null : Programme.age(child, programme.today()), showsChild ? m.place : null, m.schedule,
                showsChild ? m.school : null, showsChild ? m.schoolClass : null, showsChild ? m.sasContactName : null,
                showsChild ? m.sasContactPhone : null, m.sasOrganization, Arrays.asList(m.subjects),
                showsChild ? m.goals : null, m.status, m.endReason, showsChild ? m.endNote : null, m.consecutiveMissed,
                m.startedAt, m.endedAt, m.consentEndedAt, !showsChild, m.version);
    }

    /** For the family's own organization: its children's matches and their sessions, with the notes for the SAS worker. */
    @Transactional
    public FamilyTutoring forFamily(UUID familyId) {
        KnownFamily family = families.findVisible(familyId, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The family"));
        List<TutoringMatch> ofFamily = matches.ofFamily(familyId);
        Map<UUID, List<TutoringSessionView>> byMatch = new HashMap<>();
        sessions.ofMatches(ofFamily.stream().map(m -> m.id).toList(), 1000).forEach(s ->
                byMatch.computeIfAbsent(s.matchId, k -> new ArrayList<>()).add(TutoringSessionView.of(s, true)));
        Map<UUID, Tutor> tutorsById = tutors(ofFamily);
        Map<UUID, KnownFamily> familyById = Map.of(family.id, family);
        audit.record("tutoring.family", RESOURCE, List.of(familyId));
        // The family's own organization holds the child's file: it sees the child's name; what the programme dropped
        // when the consent ended (place, school, SAS contact) is gone for everyone.
        return new FamilyTutoring(familyId, ofFamily.stream().map(m -> view(m, tutorsById, familyById, true)).toList(), byMatch);
    }
}
