package cz.opora.conference.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.ReportingOrganization;
import cz.opora.common.time.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Figures per organization and period, for funders and managers: family conferences the organization referred
 * (offered, consented, held, plans presented, accepted, no plan, reviews), the median days from the offer to the
 * conference, case conferences it convened, and satisfaction with its conferences. Aggregates only.
 */
@ApplicationScoped
public class ConferenceStatistics {
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    WorkCalendar calendar;

    @Schema(name = "ConferenceStatistics")
    public record Report(String organization, LocalDate from, LocalDate to, FamilyConferences familyConferences,
                         CaseConferences caseConferences, Satisfaction satisfaction) {
    }

    @Schema(name = "FamilyConferenceFigures", description = "Family group conferences the organization offered in the period")
    public record FamilyConferences(long offered, long consented, long declinedByFamily, long held, long plansPresented,
                                    long plansAccepted, long noPlan, long cancelled,
                                    @Schema(description = "Median days from the offer to the conference") BigDecimal medianDaysToConference,
                                    long reviewsHeld, long plansRevised) {
    }

    @Schema(name = "CaseConferenceFigures", description = "Case conferences the organization convened in the period, "
            + "held in it (with the tasks agreed there and how many are done), cancelled in it")
    public record CaseConferences(long convened, long held, long cancelled, long tasksAgreed, long tasksDone) {
    }

    @Schema(name = "ConferenceSatisfaction", description = "Feedback given in the period on the organization's conferences")
    public record Satisfaction(long responses, BigDecimal averageRating) {
    }

    @Transactional
    public Report report(String requestedOrganization, LocalDate fromDay, LocalDate toDay) {
        LocalDate from = fromDay == null ? calendar.today().withDayOfYear(1) : fromDay;
        LocalDate to = toDay == null ? calendar.today() : toDay;
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "is before from");
        }
        String org = ReportingOrganization.of(caller, requestedOrganization);
        Instant start = calendar.startOf(from);
        Instant end = calendar.startOf(to.plusDays(1));
        Object[] f = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE kind = 'INITIAL'),
                       count(*) FILTER (WHERE kind = 'INITIAL' AND consent_id IS NOT NULL),
                       count(*) FILTER (WHERE status = 'FAMILY_DECLINED'),
                       count(*) FILTER (WHERE kind = 'INITIAL' AND private_time_ended_at IS NOT NULL),
                       count(*) FILTER (WHERE kind = 'INITIAL' AND plan_presented_at IS NOT NULL),
                       count(*) FILTER (WHERE kind = 'INITIAL' AND status = 'PLAN_ACCEPTED'),
                       count(*) FILTER (WHERE status = 'NO_PLAN'),
                       count(*) FILTER (WHERE status = 'CANCELLED'),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM information_started_at - created_at) / 86400)
                         FILTER (WHERE kind = 'INITIAL' AND information_started_at IS NOT NULL),
                       count(*) FILTER (WHERE kind = 'REVIEW' AND private_time_ended_at IS NOT NULL),
                       count(*) FILTER (WHERE kind = 'REVIEW' AND status = 'PLAN_ACCEPTED')
                  FROM family_conference WHERE referrer_organization = ?1 AND created_at >= ?2 AND created_at < ?3""")
                .setParameter(1, org).setParameter(2, start).setParameter(3, end).getSingleResult();
        Object[] c = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM case_conference WHERE organization = ?1 AND created_at >= ?2 AND created_at < ?3),
                       (SELECT count(*) FROM case_conference WHERE organization = ?1 AND held_at >= ?2 AND held_at < ?3),
                       (SELECT count(*) FROM case_conference WHERE organization = ?1 AND status = 'CANCELLED'
                           AND updated_at >= ?2 AND updated_at < ?3),
                       count(t.id), count(t.id) FILTER (WHERE t.status = 'DONE')
                  FROM case_conference k JOIN case_conference_task t ON t.conference_id = k.id
                 WHERE k.organization = ?1 AND k.held_at >= ?2 AND k.held_at < ?3""")
                .setParameter(1, org).setParameter(2, start).setParameter(3, end).getSingleResult();
        Object[] s = (Object[]) em.createNativeQuery("""
                SELECT count(*), avg(rating) FROM conference_feedback fb
                 WHERE fb.given_at >= ?2 AND fb.given_at < ?3
                   AND (EXISTS (SELECT 1 FROM case_conference k WHERE k.id = fb.conference_id AND k.organization = ?1)
                     OR EXISTS (SELECT 1 FROM family_conference f WHERE f.id = fb.conference_id
                                AND (f.referrer_organization = ?1 OR f.coordinator_organization = ?1)))""")
                .setParameter(1, org).setParameter(2, start).setParameter(3, end).getSingleResult();
        return new Report(org, from, to,
                new FamilyConferences(n(f[0]), n(f[1]), n(f[2]), n(f[3]), n(f[4]), n(f[5]), n(f[6]), n(f[7]), decimal(f[8]),
                        n(f[9]), n(f[10])),
                new CaseConferences(n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4])),
                new Satisfaction(n(s[0]), decimal(s[1])));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_UP);
    }
}
