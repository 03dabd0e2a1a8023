package cz.opora.tutoring.domain;

import cz.opora.testing.RecordedStatements;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** The shared statement recorder ({@link RecordedStatements}), active in tutoring-service's tests. */
@PersistenceUnitExtension
public class StatementRecorder extends RecordedStatements {
}
