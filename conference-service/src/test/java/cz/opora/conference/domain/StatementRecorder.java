package cz.opora.conference.domain;

import cz.opora.testing.RecordedStatements;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** The shared statement recorder ({@link RecordedStatements}), active in conference-service's tests. */
@PersistenceUnitExtension
public class StatementRecorder extends RecordedStatements {
}
