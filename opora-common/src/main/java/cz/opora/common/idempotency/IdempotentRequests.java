package cz.opora.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.common.config.IdempotencyConfig;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Creating requests that may be repeated safely ({@code Idempotency-Key}, IETF draft-ietf-httpapi-idempotency-key-header).
 * <p>
 * A write whose commit is cut off (the database restarts between writing the commit and answering it) may have
 * been saved although the client got a 503. A client that sends a key of its choice repeats the request with the
 * same key and body and gets the record the first one created, never a second record. The key is claimed in the
 * creating transaction, so the claim and the record commit or vanish together; a concurrent repeat waits on the
 * key's row and then sees the finished first request. Keys belong to the caller (token subject) and are
 * remembered for {@code opora.idempotency.retention}; the same key with a different body answers 422.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper json;
    @Inject
    WorkCalendar calendar;
    @Inject
    IdempotencyConfig config;

    /** The outcome of a creating request: the record's id and whether an earlier request with the key created it. */
    public record Outcome(UUID id, boolean replayed) {
    }

    /**
     * Creates once per key. Without a key (null) it simply creates. With a key seen before for the same operation
     * and body it returns the id the first request created, without calling {@code create}.
     *
     * @param key the request's Idempotency-Key header, or null
     * @param operation a stable name of the operation (e.g. {@code family.register})
     * @param request the request body, compared with the first request's by a SHA-256 of its JSON
     * @param create creates the record in the caller's transaction and returns its id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome once(String key, String operation, Object request, Supplier<UUID> create) {
        if (key == null) {
            return new Outcome(create.get(), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters (a UUID is a good key)");
        }
        String fingerprint = fingerprint(operation, request);
        int claimed = em.createNativeQuery("INSERT INTO idempotent_request (subject, idempotency_key, operation, "
                        + "fingerprint, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, caller.subject()).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, fingerprint).setParameter(5, Timestamp.from(calendar.now()))
                .executeUpdate();
        if (claimed == 1) {
            UUID id = create.get();
            em.createNativeQuery("UPDATE idempotent_request SET resource_id = ?1 WHERE subject = ?2 AND idempotency_key = ?3")
                    .setParameter(1, id).setParameter(2, caller.subject()).setParameter(3, key).executeUpdate();
            return new Outcome(id, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("SELECT operation, fingerprint, resource_id FROM idempotent_request "
                        + "WHERE subject = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller.subject()).setParameter(2, key).getResultList();
        Object[] row = earlier.get(0);
        if (!operation.equals(row[0]) || !fingerprint.equals(row[1]) || row[2] == null) {
            throw new ProblemException(Problem.of(422, "idempotency-key-reused", "Unprocessable Content",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request."));
        }
        return new Outcome((UUID) row[2], true);
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    /** Keys older than the retention are forgotten, so that the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "opora-idempotency-cleanup")
    void cleanup() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(calendar.now().minus(config.retention()))).executeUpdate());
    }
}
