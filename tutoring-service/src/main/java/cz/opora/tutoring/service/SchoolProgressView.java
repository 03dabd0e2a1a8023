package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.SchoolProgress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "SchoolProgress", description = "One term of the child's school progress; teacherFeedback is null where "
        + "the match withholds the child's details")
public record SchoolProgressView(UUID id, UUID matchId, String term, List<Grade> grades, Integer attendancePercent,
                                 Boolean movedUp, Instant recordedAt) {
    @Schema(name = "GradeView")
    public record Grade(String subject, Integer grade, String teacherFeedback) {
    }

    /** The term as its reader may see it: without the teacher's words (which may name or describe the child) unless shown. */
    static SchoolProgressView of(SchoolProgress p, boolean showsChild) {
        return new SchoolProgressView(p.id, p.matchId, p.term, p.grades.stream()
                .map(g -> new Grade(g.subject(), g.grade(), showsChild ? g.teacherFeedback() : null)).toList(),
                p.attendancePercent, p.movedUp, p.recordedAt);
    }
}
