package cz.opora.referral.service;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures funders and managers ask for, per organization and period (by the day a referral was sent): referrals
 * sent and received by type and urgency, the share accepted, the median time to answer, the share answered in
 * time, and the outcomes. Aggregates only: no family is named, so nothing here is a read of a family's file.
 */
@ApplicationScoped
public class ReferralStatistics {
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    WorkCalendar calendar;

    @Schema(name = "ReferralStatistics")
    public record Report(String organization, LocalDate from, LocalDate to,
                         @Schema(description = "Referrals the organization sent, and how they were answered") Side sent,
                         @Schema(description = "Referrals the organization received, and how it answered") Side received) {
    }

    @Schema(name = "ReferralStatisticsSide")
    public record Side(long total,
                       @Schema(description = "By the other side's organization type") Map<String, Long> byOrganizationType,
                       Map<String, Long> byUrgency,
                       long answered, long accepted, long declined,
                       @Schema(description = "Accepted among answered, 0 to 1; null when none was answered") BigDecimal acceptedShare,
                       @Schema(description = "Median hours from sending to the answer") BigDecimal medianHoursToAnswer,
                       @Schema(description = "Answered by the deadline among answered, 0 to 1") BigDecimal answeredInTimeShare,
                       long awaitingAnswer, long overdue,
                       @Schema(description = "Outcomes reported on completion") Map<String, Long> outcomes) {
    }

    /** The period's days are inclusive; by default from 1 January of this year to today. */
    @Transactional
    public Report report(String requestedOrganization, LocalDate fromDay, LocalDate toDay) {
        LocalDate from = fromDay == null ? calendar.today().withDayOfYear(1) : fromDay;
        LocalDate to = toDay == null ? calendar.today() : toDay;
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "is before from");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw ProblemException.invalid("to", "the period may span at most 5 years");
        }
        String organization = ReportingOrganization.of(caller, requestedOrganization);
        Instant start = calendar.startOf(from);
        Instant end = calendar.startOf(to.plusDays(1));
        Report report = new Report(organization, from, to, side(organization, "sender_organization", "recipient_type", start, end),
                side(organization, "recipient_organization", "sender_type", start, end));
        return report;
    }

    private Side side(String organization, String ownColumn, String otherTypeColumn, Instant start, Instant end) {
        String scope = " FROM referral WHERE " + ownColumn + " = ?1 AND sent_at >= ?2 AND sent_at < ?3";
        Object[] totals = (Object[]) em.createNativeQuery("SELECT count(*), count(answered_at), count(accepted_at), "
                        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at)) "
                        + "FILTER (WHERE answered_at IS NOT NULL), "
                        + "count(*) FILTER (WHERE answered_at <= due_at), "
                        + "count(*) FILTER (WHERE status = 'SENT'), "
                        + "count(*) FILTER (WHERE status = 'SENT' AND due_at < now())" + scope)
                .setParameter(1, organization).setParameter(2, start).setParameter(3, end).getSingleResult();
        long total = number(totals[0]);
        long answered = number(totals[1]);
        long accepted = number(totals[2]);
        long declined = answered - accepted;
        BigDecimal median = totals[3] == null ? null
                : BigDecimal.valueOf(((Number) totals[3]).doubleValue() / 3600).setScale(1, RoundingMode.HALF_UP);
        return new Side(total, grouped(otherTypeColumn, scope, organization, start, end),
                grouped("urgency", scope, organization, start, end), answered, accepted, declined,
                share(accepted, answered), median, share(number(totals[4]), answered), number(totals[5]), number(totals[6]),
                grouped("outcome", scope + " AND outcome IS NOT NULL", organization, start, end));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String column, String scope, String organization, Instant start, Instant end) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + column + ", count(*)" + scope + " GROUP BY " + column)
                .setParameter(1, organization).setParameter(2, start).setParameter(3, end).getResultList();
        Map<String, Long> result = new TreeMap<>();
        rows.forEach(row -> result.put((String) row[0], number(row[1])));
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
