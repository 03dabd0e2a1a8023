package cz.opora.family.domain;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** The shared statement recorder ({@link cz.opora.testing.RecordedStatements}), active in family-service's tests. */
@PersistenceUnitExtension
public class RecordedStatements extends cz.opora.testing.RecordedStatements {
}
