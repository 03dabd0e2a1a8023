package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.ReadinessAssessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ReadinessAssessment", description = "School readiness of a club child: 1 (needs much support) to 4 (ready) per domain")
public record ReadinessView(UUID id, UUID enrolmentId, ReadinessAssessment.Stage stage, Map<String, Integer> scores,
                            LocalDate assessedOn, String note) {
    static ReadinessView of(ReadinessAssessment a) {
        return new ReadinessView(a.id, a.enrolmentId, a.stage, a.scores, a.assessedOn, a.note);
    }
}
