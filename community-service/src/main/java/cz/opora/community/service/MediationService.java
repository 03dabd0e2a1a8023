package cz.opora.community.service;

import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.community.domain.CommunityRules;
import cz.opora.community.domain.MediationCase;
import cz.opora.community.domain.MediationCaseRepository;
import cz.opora.community.domain.MediationParty;
import cz.opora.community.domain.MediationSession;
import cz.opora.community.domain.MediationSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Mediation cases kept by the mediating organization: parties as labels, sessions, and the outcome that closes them. */
@ApplicationScoped
@Transactional
public class MediationService {
    @Inject
    Workplace work;
    @Inject
    MediationCaseRepository cases;
    @Inject
    MediationSessionRepository sessions;

    public MediationCaseView open(MediationCaseInput input) {
        Workplace.require(work.day("openedOn", input.openedOn()));
        Instant now = work.now();
        MediationCase m = new MediationCase();
        m.id = UUID.randomUUID();
        m.organization = work.organization();
        m.type = input.type();
        m.mode = input.mode();
        m.openedOn = input.openedOn();
        m.createdAt = now;
        m.updatedAt = now;
        input.parties().forEach(p -> m.parties.add(new MediationParty(p.label().strip(), p.role().strip())));
        cases.persist(m);
        cases.flush();
        return view(m);
    }

    public Page<MediationCaseView> list(PageRequest page) {
        List<MediationCase> rows = cases.page(work.organization(), page.afterTime(), page.afterId(), page.limit() + 1);
        return page.page(rows, MediationService::view, m -> Cursor.of(m.createdAt, m.id));
    }

    public MediationCaseView get(UUID id) {
        return view(mediation(id));
    }

    /** A session of an open mediation (a closed one: 409). */
    public MediationSessionView recordSession(UUID caseId, MediationSessionInput input) {
        MediationCase m = openCase(caseId);
        Workplace.require(work.day("date", input.date()), CommunityRules.mediationSession(m.openedOn, input.date(),
                input.durationMinutes(), work.config().maxContactMinutes()));
        MediationSession s = new MediationSession();
        s.id = UUID.randomUUID();
        s.caseId = m.id;
        s.date = input.date();
        s.durationMinutes = input.durationMinutes();
        s.createdAt = work.now();
        sessions.persist(s);
        return view(s);
    }

    public Page<MediationSessionView> sessions(UUID caseId, PageRequest page) {
        MediationCase m = mediation(caseId);
        List<MediationSession> rows = sessions.page(m.id, page.afterDay(), page.afterId(), page.limit() + 1);
        return page.page(rows, MediationService::view, s -> Cursor.of(s.date, s.id));
    }

    /** The outcome closes the mediation (If-Match); a closed one answers 409. */
    public MediationCaseView close(UUID caseId, String ifMatch, MediationOutcomeInput input) {
        MediationCase m = mediation(caseId);
        ETags.requireMatch(ifMatch, m.version);
        requireOpen(m);
        Workplace.require(work.day("closedOn", input.closedOn()), CommunityRules.closing(m.openedOn, input.closedOn()));
        m.outcome = input.outcome();
        m.closedOn = input.closedOn();
        m.updatedAt = work.now();
        cases.flush();
        return view(m);
    }

    private MediationCase openCase(UUID id) {
        MediationCase m = mediation(id);
        requireOpen(m);
        return m;
    }

    private static void requireOpen(MediationCase m) {
        if (m.closed()) {
            throw ProblemException.conflict("mediation-closed", "The mediation ended (" + m.outcome + ") on " + m.closedOn + ".");
        }
    }

    private MediationCase mediation(UUID id) {
        return cases.visible(id, work.organization()).orElseThrow(() -> ProblemException.notFound("The mediation"));
    }

    static MediationCaseView view(MediationCase m) {
        return new MediationCaseView(m.id, m.type, m.mode, m.parties.stream().map(p -> new PartyLabel(p.label, p.role)).toList(),
                m.openedOn, m.outcome, m.closedOn, m.createdAt, m.version);
    }

    static MediationSessionView view(MediationSession s) {
        return new MediationSessionView(s.id, s.caseId, s.date, s.durationMinutes);
    }
}
