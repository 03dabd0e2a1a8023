package cz.opora.community.service;

import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.text.Texts;
import cz.opora.community.domain.AgeBand;
import cz.opora.community.domain.CommunityRules;
import cz.opora.community.domain.Programme;
import cz.opora.community.domain.ProgrammeRepository;
import cz.opora.community.domain.ProgrammeSession;
import cz.opora.community.domain.ProgrammeSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Group and community programmes: their place and facilitators, sessions with attendance by age band, outcomes. */
@ApplicationScoped
@Transactional
public class ProgrammeService {
    @Inject
    Workplace work;
    @Inject
    ProgrammeRepository programmes;
    @Inject
    ProgrammeSessionRepository sessions;

    public ProgrammeView create(ProgrammeInput input) {
        Instant now = work.now();
        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.organization = work.organization();
        p.createdAt = now;
        apply(p, input, now);
        programmes.persist(p);
        programmes.flush();
        return view(p);
    }

    public Page<ProgrammeView> list(PageRequest page) {
        List<Programme> rows = programmes.page(work.organization(), page.afterTime(), page.afterId(), page.limit() + 1);
        return page.page(rows, ProgrammeService::view, p -> Cursor.of(p.createdAt, p.id));
    }

    public ProgrammeView get(UUID id) {
        return view(programme(id));
    }

    public ProgrammeView update(UUID id, String ifMatch, ProgrammeInput input) {
        Programme p = programme(id);
        ETags.requireMatch(ifMatch, p.version);
        apply(p, input, work.now());
        programmes.flush();
        return view(p);
    }

    /** A session and how many came, by age band. */
    public ProgrammeSessionView recordSession(UUID programmeId, ProgrammeSessionInput input) {
        Programme p = programme(programmeId);
        Map<AgeBand, Integer> attendance = new EnumMap<>(AgeBand.class);
        input.attendance().forEach((band, n) -> {
            if (n > 0) {
                attendance.put(band, n);
            }
        });
        Workplace.require(work.day("date", input.date()), CommunityRules.attendance(attendance));
        ProgrammeSession s = new ProgrammeSession();
        s.id = UUID.randomUUID();
        s.programmeId = p.id;
        s.date = input.date();
        s.topic = input.topic().strip();
        s.createdAt = work.now();
        s.attendance.putAll(attendance);
        sessions.persist(s);
        return view(s);
    }

    public Page<ProgrammeSessionView> sessions(UUID programmeId, PageRequest page) {
        Programme p = programme(programmeId);
        List<ProgrammeSession> rows = sessions.page(p.id, page.afterDay(), page.afterId(), page.limit() + 1);
        return page.page(rows, ProgrammeService::view, s -> Cursor.of(s.date, s.id));
    }

    private void apply(Programme p, ProgrammeInput input, Instant now) {
        p.kind = input.kind();
        p.name = input.name().strip();
        p.placeKind = input.placeKind();
        p.municipality = input.municipality().strip();
        List<String> facilitators = input.facilitators() == null || input.facilitators().isEmpty()
                ? List.of(work.subject()) : input.facilitators().stream().map(String::strip).distinct().toList();
        p.facilitators = facilitators.toArray(String[]::new);
        p.outcomes = Texts.blankToNull(input.outcomes());
        p.updatedAt = now;
    }

    private Programme programme(UUID id) {
        return programmes.visible(id, work.organization()).orElseThrow(() -> ProblemException.notFound("The programme"));
    }

    static ProgrammeView view(Programme p) {
        return new ProgrammeView(p.id, p.kind, p.name, p.placeKind, p.municipality, List.of(p.facilitators), p.outcomes,
                p.createdAt, p.version);
    }

    static ProgrammeSessionView view(ProgrammeSession s) {
        Map<AgeBand, Integer> attendance = new EnumMap<>(AgeBand.class);
        attendance.putAll(s.attendance);
        return new ProgrammeSessionView(s.id, s.programmeId, s.date, s.topic, attendance,
                attendance.values().stream().mapToInt(Integer::intValue).sum());
    }
}
