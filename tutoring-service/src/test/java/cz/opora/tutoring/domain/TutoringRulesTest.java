package cz.opora.tutoring.domain;

import cz.opora.tutoring.config.TutoringConfig;
import cz.opora.tutoring.domain.TutoringMatch.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme's pure rules: the absence alert, who sees the child, the club's ages. */
@Tag("fast")
class TutoringRulesTest {
    @Test
    void theThirdMissInARowAlertsOnceAndAHeldSessionStartsTheCountAgain() {
        TutoringMatch m = new TutoringMatch();
        assertThat(m.countSession(false, 3)).isFalse();
        assertThat(m.countSession(false, 3)).isFalse();
        assertThat(m.countSession(false, 3)).as("third miss").isTrue();
        assertThat(m.countSession(false, 3)).as("fourth miss: the alert went out already").isFalse();
        assertThat(m.consecutiveMissed).isEqualTo(4);
        assertThat(m.countSession(true, 3)).isFalse();
        assertThat(m.consecutiveMissed).isZero();
        m.countSession(false, 3);
        m.countSession(false, 3);
        assertThat(m.countSession(false, 3)).as("a new run alerts again").isTrue();
    }

    @Test
    void theChildIsShownToTheTutorWhileTheMatchRunsAndToStaffWhileTheConsentLasts() {
        TutoringMatch m = new TutoringMatch();
        m.status = Status.ACTIVE;
        assertThat(m.showsChildTo(false)).as("tutor, running").isTrue();
        m.status = Status.ENDED;
        assertThat(m.showsChildTo(false)).as("former tutor").isFalse();
        assertThat(m.showsChildTo(true)).as("staff after an ordinary end").isTrue();
        m.dropIdentifying(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(m.showsChildTo(true)).as("staff once the consent ended").isFalse();
        assertThat(m.place).isNull();
    }

    @Test
    void aClubTakesChildrenFromItsMinimumToItsMaximumAge() {
        assertThat(TutoringConfig.Club.takes(3, 6, 2)).isFalse();
        assertThat(TutoringConfig.Club.takes(3, 6, 3)).isTrue();
        assertThat(TutoringConfig.Club.takes(3, 6, 6)).isTrue();
        assertThat(TutoringConfig.Club.takes(3, 6, 7)).isFalse();
    }
}
