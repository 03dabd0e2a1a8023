package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReadinessAssessmentRepository implements PanacheRepositoryBase<ReadinessAssessment, UUID> {
    public Optional<ReadinessAssessment> forStage(UUID enrolmentId, ReadinessAssessment.Stage stage) {
        return find("enrolmentId = ?1 and stage = ?2", enrolmentId, stage).firstResultOptional();
    }

    public List<ReadinessAssessment> ofEnrolments(Collection<UUID> enrolmentIds) {
        return enrolmentIds.isEmpty() ? List.of() : list("enrolmentId in ?1 order by assessedOn, id", enrolmentIds);
    }
}
