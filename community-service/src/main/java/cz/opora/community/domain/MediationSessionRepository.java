package cz.opora.community.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A mediation's sessions, read through their case (whose organization the caller's must be). */
@ApplicationScoped
public class MediationSessionRepository implements PanacheRepositoryBase<MediationSession, UUID> {
    /** Newest day first, after the given position. */
    public List<MediationSession> page(UUID caseId, LocalDate afterDate, UUID afterId, int limit) {
        if (afterId == null) {
            return find("caseId = ?1 order by date desc, id desc", caseId).page(0, limit).list();
        }
        return find("caseId = ?1 and (date, id) < (?2, ?3) order by date desc, id desc", caseId, afterDate, afterId)
                .page(0, limit).list();
    }

    public long countFor(UUID caseId) {
        return count("caseId", caseId);
    }
}
