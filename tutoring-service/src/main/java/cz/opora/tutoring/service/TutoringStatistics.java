package cz.opora.tutoring.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.ReportingOrganization;
import cz.opora.common.security.Roles;
import cz.opora.tutoring.domain.Tutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The programme's figures for a period: children tutored and hours, session attendance, tutors by vetting status,
 * club attendance, the change in school readiness, where club children started school (the share in mainstream
 * school is what funders and municipalities ask for), workshop attendance. Aggregates only.
 */
@ApplicationScoped
public class TutoringStatistics {
    @Inject
    Programme programme;
    @Inject
    Caller caller;
    @Inject
    TutorService tutors;
    @Inject
    EntityManager em;

    @Schema(name = "TutoringStatistics")
    public record Report(String organization, LocalDate from, LocalDate to, long childrenTutored, BigDecimal hours,
                         long sessionsHeld, long sessionsMissed,
                         @Schema(description = "Held among held and missed, 0 to 1") BigDecimal sessionAttendanceRate,
                         long activeMatches, Map<TutorService.Vetting, Long> tutorsByVetting,
                         long childrenInClubs, @Schema(description = "Present among register entries, 0 to 1") BigDecimal clubAttendanceRate,
                         @Schema(description = "Mean readiness score before school minus at entry (1 to 4 scale)") BigDecimal readinessChange,
                         Map<String, Long> schoolEntries,
                         @Schema(description = "Mainstream school (with or without support) among school entries, 0 to 1") BigDecimal mainstreamShare,
                         long workshopAttendances, long adultsReached) {
    }

    @Transactional
    public Report report(String requestedOrganization, LocalDate fromDay, LocalDate toDay) {
        if (!caller.hasRole(Roles.AUDITOR)) {
            programme.requireStaff("see the programme's figures");
        }
        String org = ReportingOrganization.of(caller, requestedOrganization);
        LocalDate from = fromDay == null ? programme.today().withDayOfYear(1) : fromDay;
        LocalDate to = toDay == null ? programme.today() : toDay;
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "is before from");
        }
        Object[] s = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT m.child_id) FILTER (WHERE s.held), coalesce(sum(s.duration_minutes) FILTER (WHERE s.held), 0),
                       count(*) FILTER (WHERE s.held), count(*) FILTER (WHERE NOT s.held)
                  FROM tutoring_session s JOIN tutoring_match m ON m.id = s.match_id
                 WHERE m.organization = ?1 AND s.session_date BETWEEN ?2 AND ?3""")
                .setParameter(1, org).setParameter(2, from).setParameter(3, to).getSingleResult();
        long held = n(s[2]);
        long missed = n(s[3]);
        long active = n(em.createNativeQuery("SELECT count(*) FROM tutoring_match WHERE organization = ?1 AND status = 'ACTIVE'")
                .setParameter(1, org).getSingleResult());
        Map<TutorService.Vetting, Long> vetting = new EnumMap<>(TutorService.Vetting.class);
        for (TutorService.Vetting v : TutorService.Vetting.values()) {
            vetting.put(v, 0L);
        }
        LocalDate today = programme.today();
        em.createQuery("from Tutor t where t.organization = ?1", Tutor.class).setParameter(1, org).getResultList()
                .forEach(t -> vetting.merge(tutors.vetting(t, today), 1L, Long::sum));
        long inClubs = n(em.createNativeQuery("SELECT count(*) FROM club_enrolment e JOIN club c ON c.id = e.club_id "
                + "WHERE c.organization = ?1 AND e.status = 'ENROLLED'").setParameter(1, org).getSingleResult());
        Object[] a = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE a.present), count(*)
                  FROM club_attendance a JOIN club_session s ON s.id = a.session_id JOIN club c ON c.id = s.club_id
                 WHERE c.organization = ?1 AND s.session_date BETWEEN ?2 AND ?3""")
                .setParameter(1, org).setParameter(2, from).setParameter(3, to).getSingleResult();
        Object change = em.createNativeQuery("""
                SELECT avg(b.mean - e.mean) FROM
                  (SELECT r.enrolment_id, avg(v::numeric) AS mean FROM readiness_assessment r, jsonb_each_text(r.scores) AS j(k, v)
                    WHERE r.stage = 'ENTRY' GROUP BY r.enrolment_id) e
                  JOIN (SELECT r.enrolment_id, avg(v::numeric) AS mean FROM readiness_assessment r, jsonb_each_text(r.scores) AS j(k, v)
                    WHERE r.stage = 'BEFORE_SCHOOL' AND r.assessed_on BETWEEN ?2 AND ?3 GROUP BY r.enrolment_id) b
                    ON b.enrolment_id = e.enrolment_id
                  JOIN club_enrolment ce ON ce.id = e.enrolment_id JOIN club c ON c.id = ce.club_id
                 WHERE c.organization = ?1""")
                .setParameter(1, org).setParameter(2, from).setParameter(3, to).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> entries = em.createNativeQuery("""
                SELECT e.school_entry, count(*) FROM club_enrolment e JOIN club c ON c.id = e.club_id
                 WHERE c.organization = ?1 AND e.school_entry_on BETWEEN ?2 AND ?3 GROUP BY e.school_entry""")
                .setParameter(1, org).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, Long> schoolEntries = new TreeMap<>();
        entries.forEach(r -> schoolEntries.put((String) r[0], n(r[1])));
        long entered = schoolEntries.values().stream().mapToLong(Long::longValue).sum();
        long mainstream = schoolEntries.getOrDefault("MAINSTREAM", 0L) + schoolEntries.getOrDefault("MAINSTREAM_WITH_SUPPORT", 0L);
        Object[] w = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(DISTINCT a.member_id) FROM workshop_attendance a
                  JOIN workshop_session s ON s.id = a.session_id JOIN workshop w ON w.id = s.workshop_id
                 WHERE w.organization = ?1 AND s.session_date BETWEEN ?2 AND ?3""")
                .setParameter(1, org).setParameter(2, from).setParameter(3, to).getSingleResult();
        return new Report(org, from, to, n(s[0]), BigDecimal.valueOf(n(s[1])).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
                held, missed, share(held, held + missed), active, vetting, inClubs, share(n(a[0]), n(a[1])),
                change == null ? null : new BigDecimal(change.toString()).setScale(2, RoundingMode.HALF_UP),
                schoolEntries, share(mainstream, entered), n(w[0]), n(w[1]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
