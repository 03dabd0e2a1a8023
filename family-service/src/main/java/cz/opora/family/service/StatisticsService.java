package cz.opora.family.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.ReportingOrganization;
import cz.opora.common.time.WorkCalendar;
import cz.opora.family.domain.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures funders (MPSV, ESF projects) and municipalities ask for, per organization and period. Counts only:
 * nothing here identifies a family. An erased file's share of them stays as anonymous rows ({@code erased_figure},
 * written by the erasure), so that the figures of a past period do not change when a file is erased.
 */
@ApplicationScoped
public class StatisticsService {
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    WorkCalendar calendar;

    @Schema(name = "Statistics")
    public record Statistics(String organization, LocalDate from, LocalDate to,
                             @Schema(description = "Families with at least one contact in the period") long familiesSupported,
                             @Schema(description = "Children in those families") long childrenSupported,
                             @Schema(description = "Families registered in the period") long newCases,
                             @Schema(description = "Families closed in the period") long closedCases,
                             long contacts, BigDecimal contactHours,
                             @Schema(description = "Contacts and hours per contact type") Map<Contact.Type, ByType> byType,
                             @Schema(description = "Plans agreed in the period") long plansAgreed,
                             @Schema(description = "Goals marked achieved, of plans agreed in the period") long goalsAchieved,
                             @Schema(description = "Plans agreed in the period whose goals are all achieved") long plansWithAllGoalsMet) {
    }

    @Schema(name = "ContactFigures")
    public record ByType(long contacts, BigDecimal hours) {
    }

    @Transactional
    public Statistics compute(String requestedOrganization, LocalDate from, LocalDate to) {
        String organization = organization(requestedOrganization);
        LocalDate today = calendar.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before 'from'");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw ProblemException.invalid("to", "a period is at most 5 years");
        }
        var startAt = calendar.startOf(start);
        var endAt = calendar.startOf(end.plusDays(1));

        Object[] supported = (Object[]) em.createNativeQuery("""
                        SELECT count(DISTINCT f.id),
                               (SELECT count(*) FROM family_member m WHERE m.role = 'CHILD' AND m.family_id IN (
                                   SELECT DISTINCT c2.family_id FROM contact c2 JOIN family f2 ON f2.id = c2.family_id
                                   WHERE f2.owning_organization = :org AND c2.occurred_on BETWEEN :start AND :end))
                        FROM contact c JOIN family f ON f.id = c.family_id
                        WHERE f.owning_organization = :org AND c.occurred_on BETWEEN :start AND :end""")
                .setParameter("org", organization).setParameter("start", start).setParameter("end", end).getSingleResult();
        Object[] erasedSupported = (Object[]) em.createNativeQuery("""
                        SELECT count(DISTINCT x.erasure_id),
                               (SELECT coalesce(sum(k.children), 0) FROM erased_figure k
                                WHERE k.organization = :org AND k.kind = 'CASE' AND k.erasure_id IN (
                                    SELECT c.erasure_id FROM erased_figure c WHERE c.organization = :org
                                    AND c.kind = 'CONTACT' AND c.on_day BETWEEN :start AND :end))
                        FROM erased_figure x
                        WHERE x.organization = :org AND x.kind = 'CONTACT' AND x.on_day BETWEEN :start AND :end""")
                .setParameter("org", organization).setParameter("start", start).setParameter("end", end).getSingleResult();
        long newCases = count("SELECT count(*) FROM family WHERE owning_organization = :org "
                + "AND created_at >= :startAt AND created_at < :endAt", organization, startAt, endAt)
                + count("SELECT count(*) FROM erased_figure WHERE organization = :org AND kind = 'CASE' "
                + "AND at >= :startAt AND at < :endAt", organization, startAt, endAt);
        long closedCases = count("SELECT count(DISTINCT s.family_id) FROM family_status_change s JOIN family f ON f.id = s.family_id "
                + "WHERE f.owning_organization = :org AND s.to_status = 'CLOSED' AND s.changed_at >= :startAt AND s.changed_at < :endAt",
                organization, startAt, endAt)
                + count("SELECT count(DISTINCT erasure_id) FROM erased_figure WHERE organization = :org AND kind = 'CLOSURE' "
                + "AND at >= :startAt AND at < :endAt", organization, startAt, endAt);

        @SuppressWarnings("unchecked")
        List<Object[]> perType = em.createNativeQuery("""
                        SELECT t.type, count(*), coalesce(sum(t.minutes), 0)
                        FROM (SELECT c.type, c.duration_minutes AS minutes
                              FROM contact c JOIN family f ON f.id = c.family_id
                              WHERE f.owning_organization = :org AND c.occurred_on BETWEEN :start AND :end
                              UNION ALL
                              SELECT x.contact_type, x.minutes FROM erased_figure x
                              WHERE x.organization = :org AND x.kind = 'CONTACT' AND x.on_day BETWEEN :start AND :end) t
                        GROUP BY t.type""")
                .setParameter("org", organization).setParameter("start", start).setParameter("end", end).getResultList();
        Map<Contact.Type, ByType> byType = new LinkedHashMap<>();
        long contacts = 0;
        long minutes = 0;
        for (Contact.Type type : Contact.Type.values()) {
            byType.put(type, new ByType(0, BigDecimal.ZERO.setScale(1)));
        }
        for (Object[] row : perType) {
            long n = ((Number) row[1]).longValue();
            long m = ((Number) row[2]).longValue();
            byType.put(Contact.Type.valueOf((String) row[0]), new ByType(n, hours(m)));
            contacts += n;
            minutes += m;
        }

        Object[] plans = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               coalesce(sum(achieved), 0),
                               count(*) FILTER (WHERE goals > 0 AND achieved = goals)
                        FROM (SELECT p.id,
                                     (SELECT count(*) FROM plan_goal g WHERE g.plan_id = p.id) AS goals,
                                     (SELECT count(*) FROM plan_goal g WHERE g.plan_id = p.id AND g.status = 'ACHIEVED') AS achieved
                              FROM plan p JOIN family f ON f.id = p.family_id
                              WHERE f.owning_organization = :org AND p.agreed_at >= :startAt AND p.agreed_at < :endAt
                              UNION ALL
                              SELECT NULL, x.goals, x.achieved FROM erased_figure x
                              WHERE x.organization = :org AND x.kind = 'PLAN' AND x.at >= :startAt AND x.at < :endAt) t""")
                .setParameter("org", organization).setParameter("startAt", startAt).setParameter("endAt", endAt)
                .getSingleResult();
        return new Statistics(organization, start, end,
                ((Number) supported[0]).longValue() + ((Number) erasedSupported[0]).longValue(),
                ((Number) supported[1]).longValue() + ((Number) erasedSupported[1]).longValue(), newCases, closedCases, contacts, hours(minutes), byType,
                ((Number) plans[0]).longValue(), ((Number) plans[1]).longValue(), ((Number) plans[2]).longValue());
    }

    /** Staff see their own organization; an auditor names the organization. */
    private String organization(String requested) {
        return ReportingOrganization.of(caller, requested);
    }

    private long count(String sql, String organization, Object startAt, Object endAt) {
        return ((Number) em.createNativeQuery(sql).setParameter("org", organization).setParameter("startAt", startAt)
                .setParameter("endAt", endAt).getSingleResult()).longValue();
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
