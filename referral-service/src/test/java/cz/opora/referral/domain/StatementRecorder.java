package cz.opora.referral.domain;

import cz.opora.testing.RecordedStatements;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** The shared statement recorder ({@link RecordedStatements}), active in referral-service's tests. */
@PersistenceUnitExtension
public class StatementRecorder extends RecordedStatements {
}
