package cz.opora.conference.service;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceInvitee;
import cz.opora.conference.domain.FamilyConferenceRepository;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcRules;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.projection.KnownFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The checks every step of a family group conference makes, and its answer: the conference locked where the caller
 * sees it (404), by the step's actor (403), from a state the step allows (409); the view with the caller's steps.
 */
@ApplicationScoped
class FgcGuards {
    static final String RESOURCE = "family";
    static final String FGC_COORDINATION = "FGC_COORDINATION";

    @Inject
    FamilyConferenceRepository conferences;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    FamilyConference findVisible(UUID id) {
        return conferences.findVisible(id, caller.organization(), coordinationOrganization())
                .orElseThrow(() -> ProblemException.notFound("The family conference"));
    }

    FamilyConference lockVisible(UUID id) {
        FamilyConference c = conferences.lockVisible(id, caller.organization(), coordinationOrganization())
                .orElseThrow(() -> ProblemException.notFound("The family conference"));
        if (c.familyErasedAt != null) {
            throw ProblemException.conflict("family-erased",
                    "The family's case file was erased; the conference is kept for the figures only.");
        }
        return c;
    }

    /** Locked and checked: 404 when the caller does not see it, 403 for the wrong actor, 409 from the wrong state. */
    FamilyConference lockFor(UUID id, Step step) {
        FamilyConference c = lockVisible(id);
        requireActor(c, step.actor(), step.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (!FgcRules.allowed(step, c.status)) {
            String hint = c.status == FgcStatus.PLAN_ACCEPTED && step == Step.PRESENT_PLAN
                    ? " An accepted plan is changed only by a review conference." : "";
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-transition",
                    "A family conference that is " + c.status + " does not allow this step (" + step + "); it is possible from "
                            + step.from().stream().map(Enum::name).sorted().toList() + "." + hint)
                    .with("currentStatus", c.status.name()));
        }
        return c;
    }

    /** {@link #lockFor(UUID, Step)}, then the caller's If-Match: 428 when missing, 412 when stale. */
    FamilyConference lockFor(UUID id, Step step, String ifMatch) {
        FamilyConference c = lockFor(id, step);
        ETags.requireMatch(ifMatch, c.version);
        return c;
    }

    void requireActor(FamilyConference c, FgcRules.Actor actor, String what) {
        if (!isActor(c, actor)) {
            String who = switch (actor) {
                case REFERRER -> "the referrer's organization";
                case COORDINATION_ORGANIZATION -> "a family conference coordination organization";
                case COORDINATOR -> "the coordinator's organization";
            };
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-your-step", "Only " + who + " may " + what + "."));
        }
    }

    void requireReferrerOrCoordinator(FamilyConference c, String what) {
        if (!isActor(c, FgcRules.Actor.REFERRER) && !isActor(c, FgcRules.Actor.COORDINATOR)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-your-step",
                    "Only the referrer's or the coordinator's organization may " + what + "."));
        }
    }

    boolean isActor(FamilyConference c, FgcRules.Actor actor) {
        String organization = caller.organization();
        return switch (actor) {
            case REFERRER -> organization.equals(c.referrerOrganization);
            case COORDINATION_ORGANIZATION -> coordinationOrganization();
            case COORDINATOR -> organization.equals(c.coordinatorOrganization);
        };
    }

    boolean coordinationOrganization() {
        return caller.organizationType().map(FGC_COORDINATION::equals).orElse(false);
    }

    static FamilyConferenceInvitee invitee(FamilyConference c, UUID inviteeId) {
        return c.invitees.stream().filter(i -> i.id.equals(inviteeId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The invitee"));
    }

    KnownFamily family(FamilyConference c) {
        return em.find(KnownFamily.class, c.familyId);
    }

    FamilyConferenceView flushed(FamilyConference c) {
        conferences.flush();
        return view(c);
    }

    FamilyConferenceView view(FamilyConference c) {
        return view(c, family(c));
    }

    FamilyConferenceView view(FamilyConference c, KnownFamily family) {
        String organization = caller.organization();
        boolean limited = !organization.equals(c.referrerOrganization) && !organization.equals(c.coordinatorOrganization);
        List<Step> steps = Arrays.stream(Step.values()).filter(s -> FgcRules.allowed(s, c.status) && isActor(c, s.actor())).toList();
        return FamilyConferenceView.of(c, family, limited, steps);
    }

    static String kind(FamilyConference c) {
        return c.kind == FamilyConference.Kind.REVIEW ? "REVIEW_CONFERENCE" : "FAMILY_CONFERENCE";
    }
}
