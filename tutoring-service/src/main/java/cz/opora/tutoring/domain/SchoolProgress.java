package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tutored child's school progress in one term: grades or the teacher's feedback, attendance, moving up a year. */
@Entity
@Table(name = "school_progress")
public class SchoolProgress {
    @Id
    public UUID id;
    @Column(name = "match_id", nullable = false)
    public UUID matchId;
    @Column(nullable = false)
    public String term;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Grade> grades;
    @Column(name = "attendance_percent")
    public Integer attendancePercent;
    @Column(name = "moved_up")
    public Boolean movedUp;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** A subject's grade (1 to 5) and/or the teacher's words. */
    public record Grade(String subject, Integer grade, String teacherFeedback) {
    }
}
