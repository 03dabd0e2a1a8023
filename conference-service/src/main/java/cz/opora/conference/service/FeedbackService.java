package cz.opora.conference.service;

import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.CaseConference;
import cz.opora.conference.domain.CaseConferenceRepository;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceRepository;
import cz.opora.conference.domain.FgcStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

/** After a conference, each participant may rate it (1 to 5) and comment, once; giving it again replaces it. */
@ApplicationScoped
public class FeedbackService {
    @Inject
    WorkCalendar calendar;
    static final EnumSet<FgcStatus> MET = EnumSet.of(FgcStatus.PLAN_PRESENTATION, FgcStatus.PLAN_PRESENTED,
            FgcStatus.PLAN_ACCEPTED, FgcStatus.PLAN_REJECTED, FgcStatus.NO_PLAN);

    @Inject
    CaseConferenceRepository caseConferences;
    @Inject
    FamilyConferenceRepository familyConferences;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;

    @Schema(name = "ConferenceFeedback", examples = "{\"rating\": 4, \"comment\": \"Good preparation; the room was too small.\"}")
    public record Feedback(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
    }

    @Transactional
    public Feedback give(UUID conferenceId, Feedback input) {
        String organization = caller.organization();
        Optional<CaseConference> caseConference = caseConferences.findVisible(conferenceId, organization);
        UUID familyId;
        String kind;
        boolean met;
        if (caseConference.isPresent()) {
            familyId = caseConference.get().familyId;
            kind = "CASE_CONFERENCE";
            met = caseConference.get().heldAt != null;
        } else {
            boolean coordination = caller.organizationType().map("FGC_COORDINATION"::equals).orElse(false);
            FamilyConference fc = familyConferences.findVisible(conferenceId, organization, coordination)
                    .filter(c -> organization.equals(c.referrerOrganization) || organization.equals(c.coordinatorOrganization))
                    .orElseThrow(() -> ProblemException.notFound("The conference"));
            familyId = fc.familyId;
            kind = "FAMILY_CONFERENCE";
            met = MET.contains(fc.status);
        }
        if (!met) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "not-held-yet",
                    "Feedback is given after the conference has met."));
        }
        em.createNativeQuery("INSERT INTO conference_feedback (conference_id, subject, organization, family_id, kind, rating, "
                        + "comment, given_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (conference_id, subject) "
                        + "DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, given_at = EXCLUDED.given_at")
                .setParameter(1, conferenceId).setParameter(2, caller.subject()).setParameter(3, organization)
                .setParameter(4, familyId).setParameter(5, kind).setParameter(6, input.rating())
                .setParameter(7, input.comment() == null ? null : input.comment().strip()).setParameter(8, calendar.now())
                .executeUpdate();
        return input;
    }
}
