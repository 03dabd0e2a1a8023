package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutgoingMailRepository implements PanacheRepositoryBase<OutgoingMail, UUID> {

    /**
     * Takes up to {@code limit} e-mails due by {@code now} for sending: locks them (another relay skips them), and
     * moves their next attempt to {@code leaseUntil}, so that a relay that dies while sending leaves them to be
     * tried again then, and no other relay sends them meanwhile.
     */
    @SuppressWarnings("unchecked")
    public List<OutgoingMail> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<OutgoingMail> due = getEntityManager().createNativeQuery("SELECT * FROM mail_outbox WHERE sent_at IS NULL "
                        + "AND failed_at IS NULL AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2 "
                        + "FOR UPDATE SKIP LOCKED", OutgoingMail.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        due.forEach(mail -> mail.nextAttemptAt = leaseUntil);
        return due;
    }
}
