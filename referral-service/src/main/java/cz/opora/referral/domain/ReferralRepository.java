package cz.opora.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every query names the caller's organization: a referral is seen by its sender, and by its recipient once sent. */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** What the recipient never sees: drafts, and referrals awaiting the sender's supervisor's approval. */
    private static final List<ReferralStatus> UNSENT = List.of(ReferralStatus.DRAFT, ReferralStatus.AWAITING_APPROVAL);

    /** Incoming: sent to the organization; outgoing: created by it. */
    public enum Direction { INCOMING, OUTGOING }

    /** List filters; null fields do not filter. {@code overdue}: sent, unanswered and past the deadline. */
    public record Filter(Direction direction, ReferralStatus status, Urgency urgency, UUID familyId, boolean overdue) {
    }

    public Optional<Referral> findVisible(UUID id, String organization) {
        return visible(id, organization).singleResultOptional();
    }

    /** As {@link #findVisible}, locked for a transition (concurrent transitions queue instead of failing late). */
    public Optional<Referral> lockVisible(UUID id, String organization) {
        return visible(id, organization).withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    /** The referral, if the organization sends it, or receives it once sent. */
    private PanacheQuery<Referral> visible(UUID id, String organization) {
        return find("id = ?1 and (senderOrganization = ?2 or (recipientOrganization = ?2 and sentAt is not null))",
                id, organization);
    }

    public List<Referral> page(String organization, Filter filter, Instant afterCreatedAt, UUID afterId, Instant now,
                               int limit) {
        // The unsent states as literals, not parameters: the incoming indexes are partial (WHERE status <> 'DRAFT'), and a plan
        // PostgreSQL keeps for any value of a parameter could not use them (it read all the organization's incoming
        // referrals and sorted them).
        StringBuilder where = new StringBuilder(filter.direction() == Direction.INCOMING
                ? "recipientOrganization = :org and status <> cz.opora.referral.domain.ReferralStatus.DRAFT"
                        + " and status <> cz.opora.referral.domain.ReferralStatus.AWAITING_APPROVAL"
                : "senderOrganization = :org");
        Parameters params = Parameters.with("org", organization);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.urgency() != null) {
            where.append(" and urgency = :urgency");
            params.and("urgency", filter.urgency());
        }
        if (filter.familyId() != null) {
            where.append(" and familyId = :family");
            params.and("family", filter.familyId());
        }
        if (filter.overdue()) {
            where.append(" and status = :sent and dueAt < :now");
            params.and("sent", ReferralStatus.SENT).and("now", now);
        }
        if (afterId != null) {
            where.append(" and (createdAt, id) < (:afterTime, :afterId)");
            params.and("afterTime", afterCreatedAt).and("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", params).page(0, limit).list();
    }

    /** How many of the organization's referrals are in each state, and how many await an answer past the deadline. */
    public Map<ReferralStatus, Long> countByStatus(String organization, Direction direction) {
        var query = direction == Direction.INCOMING
                ? getEntityManager().createQuery("select r.status, count(r) from Referral r where r.recipientOrganization = ?1 "
                        + "and r.status not in ?2 group by r.status", Object[].class).setParameter(2, UNSENT)
                : getEntityManager().createQuery("select r.status, count(r) from Referral r where r.senderOrganization = ?1 "
                        + "group by r.status", Object[].class);
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        query.setParameter(1, organization).getResultList().forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
        return counts;
    }

    public long countOverdue(String organization, Direction direction, Instant now) {
        String column = direction == Direction.INCOMING ? "recipientOrganization" : "senderOrganization";
        return count(column + " = ?1 and status = ?2 and dueAt < ?3", organization, ReferralStatus.SENT, now);
    }

    /** Open referrals that rely on a consent, locked: they are suspended when it ends. */
    /** The open referrals an organization sent about a family, locked (onward referrals whose basis may have ended). */
    public List<Referral> lockOpenSentBy(UUID familyId, String organization) {
        return find("familyId = ?1 and senderOrganization = ?2 and status in ?3", familyId, organization, openStatuses())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static List<ReferralStatus> openStatuses() {
        List<ReferralStatus> open = new ArrayList<>();
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status.open()) {
                open.add(status);
            }
        }
        return open;
    }

    public List<Referral> lockOpenForConsent(UUID consentId) {
        return find("consentId = ?1 and status in ?2", consentId, openStatuses()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * Sent referrals past their deadline that the overdue job has not marked yet, locked with SKIP LOCKED: replicas
     * running the job at once take different rows.
     */
    @SuppressWarnings("unchecked")
    public List<Referral> lockNewlyOverdue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("SELECT * FROM referral WHERE status = 'SENT' AND due_at < ?1 "
                        + "AND overdue_at IS NULL ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED", Referral.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }
}
