package cz.opora.common.rest;

import jakarta.transaction.RollbackException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures answer 503, and which of them leave the outcome unknown (the commit itself cut off). */
@Tag("fast")
class ProblemMappersTest {

    @Test
    void aConnectionLostBeforeTheCommitSavedNothing() {
        RuntimeException statement = new IllegalStateException(new JDBCConnectionException("lost",
                new SQLException("terminating connection", "57P01")));
        assertThat(ProblemMappers.isDatabaseUnavailable(statement)).isTrue();
        assertThat(ProblemMappers.isCommitCutOff(statement)).isFalse();
    }

    @Test
    void aCommitCutOffMayHaveBeenSaved() {
        RuntimeException commit = new IllegalStateException(new RollbackException("ARJUNA016053: Could not commit transaction."));
        assertThat(ProblemMappers.isDatabaseUnavailable(commit)).isTrue();
        assertThat(ProblemMappers.isCommitCutOff(commit)).isTrue();
    }

    @Test
    void anyOtherFailureIsNotTheDatabase() {
        RuntimeException bug = new IllegalStateException(new NullPointerException());
        assertThat(ProblemMappers.isDatabaseUnavailable(bug)).isFalse();
        assertThat(ProblemMappers.isCommitCutOff(bug)).isFalse();
    }
}
