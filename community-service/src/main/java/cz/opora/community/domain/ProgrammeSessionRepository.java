package cz.opora.community.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A programme's sessions, read through their programme (whose organization the caller's must be). */
@ApplicationScoped
public class ProgrammeSessionRepository implements PanacheRepositoryBase<ProgrammeSession, UUID> {
    /** Newest day first, after the given position. */
    public List<ProgrammeSession> page(UUID programmeId, LocalDate afterDate, UUID afterId, int limit) {
        if (afterId == null) {
            return find("programmeId = ?1 order by date desc, id desc", programmeId).page(0, limit).list();
        }
        return find("programmeId = ?1 and (date, id) < (?2, ?3) order by date desc, id desc", programmeId, afterDate, afterId)
                .page(0, limit).list();
    }
}
