package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Club sessions and their attendance register. */
@ApplicationScoped
public class ClubSessionRepository implements PanacheRepositoryBase<ClubSessionEntity, UUID> {
    public boolean existsOn(UUID clubId, LocalDate date) {
        return count("clubId = ?1 and date = ?2", clubId, date) > 0;
    }

    /** One line of the register (the table has no entity: it is written once and only counted). */
    public void recordAttendance(UUID sessionId, UUID enrolmentId, boolean present) {
        getEntityManager().createNativeQuery("INSERT INTO club_attendance (session_id, enrolment_id, present) VALUES (?1, ?2, ?3)")
                .setParameter(1, sessionId).setParameter(2, enrolmentId).setParameter(3, present).executeUpdate();
    }

    /** The register's lines of the given places for sessions from {@code from} to {@code to} (inclusive), by date. */
    public List<ClubAttendanceMark> attendance(Collection<UUID> enrolmentIds, LocalDate from, LocalDate to) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT a.enrolment_id, s.session_date, a.present FROM club_attendance a
                          JOIN club_session s ON s.id = a.session_id
                         WHERE a.enrolment_id IN (?1) AND s.session_date BETWEEN ?2 AND ?3
                         ORDER BY s.session_date, s.id""")
                .setParameter(1, enrolmentIds).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ClubAttendanceMark((UUID) r[0],
                r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1], (Boolean) r[2])).toList();
    }
}
