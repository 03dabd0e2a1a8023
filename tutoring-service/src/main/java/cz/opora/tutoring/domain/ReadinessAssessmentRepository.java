package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReadinessAssessmentRepository implements PanacheRepositoryBase<ReadinessAssessment, UUID> {
    public Optional<ReadinessAssessment> forStage(UUID enrolmentId, ReadinessAssessment.Stage stage) {
        return find("enrolmentId = ?1 and stage = ?2", enrolmentId, stage).firstResultOptional();
    }
}
