package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.CoordinatorProfile;
import cz.opora.conference.domain.CoordinatorRepository;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyPartnerRepository;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.events.access.GrantReason;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cz.opora.conference.service.FgcGuards.RESOURCE;

/**
 * The choice of the coordinator: a coordination organization picks one independent of the family (not of the
 * referrer's organization, the family's own, or either side of an open referral); the coordinator's organization
 * then sees the family within the family's consent, until the conference is over.
 */
@ApplicationScoped
@Transactional
public class CoordinatorChoiceService {
    @Inject
    WorkCalendar calendar;
    @Inject
    FgcGuards guards;
    @Inject
    CoordinatorRepository coordinators;
    @Inject
    FamilyPartnerRepository partners;
    @Inject
    ConferenceNotices notices;
    @Inject
    PartnerNotices familyNotices;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    /**
     * The coordinators a coordination organization can choose from: for each, whether the coordinator is
     * independent of the family (and why not) and matches the family's wishes for language and gender.
     */
    public List<CoordinatorCandidate> candidates(UUID id) {
        FamilyConference c = guards.findVisible(id);
        List<String> working = workingWithFamily(c);
        // Which organizations work with the family, and the family's wishes: a read of the family's data.
        audit.record("family-conference.coordinator-candidates", RESOURCE, List.of(c.familyId));
        return coordinators.active().stream().map(p -> {
            Optional<String> why = Independence.why(c, p, working);
            return new CoordinatorCandidate(p.id, p.name, p.organization, Arrays.asList(p.languages), p.gender,
                    why.isEmpty(), why.orElse(null),
                    c.requestedLanguage == null || Arrays.stream(p.languages).anyMatch(l -> l.equalsIgnoreCase(c.requestedLanguage)),
                    c.requestedGender == null || c.requestedGender.equals(p.gender));
        }).toList();
    }

    /** A coordination organization assigns an independent coordinator (or replaces one before the conference). */
    public FamilyConferenceView assignCoordinator(UUID id, String ifMatch, CoordinatorAssignment input) {
        FamilyConference c = guards.lockFor(id, Step.ASSIGN_COORDINATOR, ifMatch);
        CoordinatorProfile coordinator = coordinators.findByIdOptional(input.coordinatorId()).filter(p -> p.active)
                .orElseThrow(() -> ProblemException.invalid("coordinatorId", "is not an active coordinator"));
        Independence.why(c, coordinator, workingWithFamily(c)).ifPresent(why -> {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "coordinator-not-independent",
                    "The coordinator is not independent of this family: " + why + ".")
                    .with("coordinatorId", coordinator.id.toString()));
        });
        Instant now = calendar.now();
        endAccess(c, now);
        assign(c, coordinator, now);
        c.updatedAt = now;
        familyNotices.activity(c.familyId, "coordinator-assigned", "A coordinator of " + coordinator.organization
                + " prepares the family group conference", Map.of("organization", coordinator.organization),
                "family-conference", c.id, now);
        audit.record("family-conference.assign-coordinator", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** A review conference keeps the coordinator of the original one, if still active and independent. */
    @Transactional(Transactional.TxType.MANDATORY)
    void keepCoordinator(FamilyConference review, UUID coordinatorId, Instant now) {
        CoordinatorProfile coordinator = coordinatorId == null ? null : coordinators.findById(coordinatorId);
        if (coordinator != null && coordinator.active && Independence.why(review, coordinator, workingWithFamily(review)).isEmpty()) {
            assign(review, coordinator, now);
        }
    }

    /** The conference is over for the coordinator: its organization no longer sees the family. */
    @Transactional(Transactional.TxType.MANDATORY)
    void endAccess(FamilyConference c, Instant now) {
        familyNotices.revoke(c.coordinatorGrantId, c.familyId, now);
        c.coordinatorGrantId = null;
    }

    /** The coordinator takes the conference: its organization may see the family within the family's consent. */
    private void assign(FamilyConference c, CoordinatorProfile coordinator, Instant now) {
        c.coordinatorId = coordinator.id;
        c.coordinatorName = coordinator.name;
        c.coordinatorOrganization = coordinator.organization;
        c.coordinatorSubject = coordinator.userSubject;
        c.coordinatorGrantId = grantCoordinator(c, coordinator, now);
        c.status = FgcStatus.PREPARING;
    }

    private UUID grantCoordinator(FamilyConference c, CoordinatorProfile coordinator, Instant at) {
        KnownConsent consent = em.find(KnownConsent.class, c.consentId);
        List<String> scopes = consent == null ? List.of("BASIC") : List.of(consent.scopes.split(","));
        return notices.grant(c.familyId, coordinator.organization, coordinator.organizationType, GrantReason.FAMILY_CONFERENCE,
                c.id, c.consentId, scopes, List.of(), c.referrerOrganization, at);
    }

    /** Everybody who works with the family: its own organization, the referrer, both sides of every open referral. */
    private List<String> workingWithFamily(FamilyConference c) {
        List<String> working = new ArrayList<>(partners.openPartners(c.familyId));
        KnownFamily family = guards.family(c);
        if (family != null) {
            working.add(family.owningOrganization);
        }
        return working;
    }
}
