package cz.opora.community.service;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.ReportingOrganization;
import cz.opora.common.security.Roles;
import cz.opora.community.domain.AgeBand;
import cz.opora.community.domain.ContactPlace;
import cz.opora.community.domain.Gender;
import cz.opora.community.domain.InterventionType;
import cz.opora.community.domain.MediationOutcome;
import cz.opora.community.domain.ProgrammeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures funders ask of low-threshold and community work, per organization and period: unique clients (by age
 * band and gender), contacts and hours, interventions by type, programme sessions and participants by kind,
 * mediations by outcome. Aggregates only; an auditor names the organization.
 */
@ApplicationScoped
@Transactional
public class CommunityStatistics {
    @Inject
    Workplace work;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    public CommunityStatisticsReport report(String requestedOrganization, LocalDate fromDay, LocalDate toDay) {
        String org = organization(requestedOrganization);
        LocalDate from = fromDay == null ? work.today().withDayOfYear(1) : fromDay;
        LocalDate to = toDay == null ? work.today() : toDay;
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "is before from");
        }
        Map<AgeBand, Long> byAge = counts(AgeBand.class, rows("""
                SELECT c.age_band, count(DISTINCT c.id) FROM anonymous_client c JOIN client_contact k ON k.client_id = c.id
                 WHERE k.organization = ?1 AND k.contact_date BETWEEN ?2 AND ?3 GROUP BY c.age_band""", org, from, to));
        Map<Gender, Long> byGender = counts(Gender.class, rows("""
                SELECT c.gender, count(DISTINCT c.id) FROM anonymous_client c JOIN client_contact k ON k.client_id = c.id
                 WHERE k.organization = ?1 AND k.contact_date BETWEEN ?2 AND ?3 GROUP BY c.gender""", org, from, to));
        Object[] contacts = (Object[]) query("""
                SELECT count(DISTINCT k.client_id), count(*), coalesce(sum(k.duration_minutes), 0) FROM client_contact k
                 WHERE k.organization = ?1 AND k.contact_date BETWEEN ?2 AND ?3""", org, from, to).getSingleResult();
        Map<ContactPlace, Long> byPlace = counts(ContactPlace.class, rows("""
                SELECT k.place, count(*) FROM client_contact k
                 WHERE k.organization = ?1 AND k.contact_date BETWEEN ?2 AND ?3 GROUP BY k.place""", org, from, to));
        Map<InterventionType, InterventionFigures> interventions = new EnumMap<>(InterventionType.class);
        for (InterventionType t : InterventionType.values()) {
            interventions.put(t, new InterventionFigures(0, hours(0)));
        }
        rows("""
                SELECT i.type, count(*), sum(i.minutes) FROM contact_intervention i JOIN client_contact k ON k.id = i.contact_id
                 WHERE k.organization = ?1 AND k.contact_date BETWEEN ?2 AND ?3 GROUP BY i.type""", org, from, to)
                .forEach(r -> interventions.put(InterventionType.valueOf((String) r[0]), new InterventionFigures(n(r[1]), hours(n(r[2])))));
        Map<ProgrammeKind, ProgrammeFigures> programmes = new EnumMap<>(ProgrammeKind.class);
        for (ProgrammeKind k : ProgrammeKind.values()) {
            programmes.put(k, new ProgrammeFigures(0, 0, 0));
        }
        rows("""
                SELECT p.kind, count(DISTINCT p.id), count(DISTINCT s.id), coalesce(sum(a.participants), 0)
                  FROM programme p JOIN programme_session s ON s.programme_id = p.id
                  LEFT JOIN programme_attendance a ON a.session_id = s.id
                 WHERE p.organization = ?1 AND s.session_date BETWEEN ?2 AND ?3 GROUP BY p.kind""", org, from, to)
                .forEach(r -> programmes.put(ProgrammeKind.valueOf((String) r[0]), new ProgrammeFigures(n(r[1]), n(r[2]), n(r[3]))));
        Map<AgeBand, Long> participants = counts(AgeBand.class, rows("""
                SELECT a.age_band, sum(a.participants) FROM programme_attendance a JOIN programme_session s ON s.id = a.session_id
                  JOIN programme p ON p.id = s.programme_id
                 WHERE p.organization = ?1 AND s.session_date BETWEEN ?2 AND ?3 GROUP BY a.age_band""", org, from, to));
        long opened = n(query("SELECT count(*) FROM mediation_case WHERE organization = ?1 AND opened_on BETWEEN ?2 AND ?3",
                org, from, to).getSingleResult());
        Map<MediationOutcome, Long> outcomes = counts(MediationOutcome.class, rows("""
                SELECT outcome, count(*) FROM mediation_case
                 WHERE organization = ?1 AND closed_on BETWEEN ?2 AND ?3 GROUP BY outcome""", org, from, to));
        long mediationSessions = n(query("""
                SELECT count(*) FROM mediation_session s JOIN mediation_case m ON m.id = s.case_id
                 WHERE m.organization = ?1 AND s.session_date BETWEEN ?2 AND ?3""", org, from, to).getSingleResult());
        return new CommunityStatisticsReport(org, from, to, n(contacts[0]), byAge, byGender, n(contacts[1]),
                hours(n(contacts[2])), byPlace, interventions, programmes, participants, opened, outcomes, mediationSessions);
    }

    /** Workers see their own organization; an auditor names the organization (the same rule in every service). */
    private String organization(String requested) {
        return ReportingOrganization.of(caller, requested);
    }

    private jakarta.persistence.Query query(String sql, String org, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, org).setParameter(2, from).setParameter(3, to);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String org, LocalDate from, LocalDate to) {
        return query(sql, org, from, to).getResultList();
    }

    /** Every value of the enumeration, 0 where no row counts it. */
    private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, List<Object[]> rows) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counts.put(e, 0L);
        }
        Function<String, E> parse = s -> Enum.valueOf(type, s);
        rows.forEach(r -> counts.put(parse.apply((String) r[0]), n(r[1])));
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
