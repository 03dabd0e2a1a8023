package cz.opora.community.domain;

import cz.opora.common.rest.FieldError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of what a worker records: every wrong field named. */
@Tag("fast")
class CommunityRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void theInterventionsFitInTheContactAndEachTypeComesOnce() {
        assertThat(CommunityRules.contact(45, List.of(new Intervention(InterventionType.CONTACT_WORK, 15),
                new Intervention(InterventionType.COUNSELLING, 30)), 480)).isEmpty();
        assertThat(fields(CommunityRules.contact(45, List.of(new Intervention(InterventionType.CONTACT_WORK, 15),
                new Intervention(InterventionType.COUNSELLING, 31)), 480))).containsExactly("interventions");
        assertThat(fields(CommunityRules.contact(500, List.of(new Intervention(InterventionType.CRISIS_HELP, 20),
                new Intervention(InterventionType.CRISIS_HELP, 20)), 480)))
                .containsExactly("durationMinutes", "interventions[1].type");
    }

    @Test
    void aDayOfWorkIsNeitherInTheFutureNorOlderThanTheBackdatingWindow() {
        Period window = Period.ofDays(92);
        assertThat(CommunityRules.day("date", TODAY, TODAY, window)).isEmpty();
        assertThat(CommunityRules.day("date", TODAY.minusDays(92), TODAY, window)).isEmpty();
        assertThat(fields(CommunityRules.day("date", TODAY.minusDays(93), TODAY, window))).containsExactly("date");
        assertThat(fields(CommunityRules.day("date", TODAY.plusDays(1), TODAY, window))).containsExactly("date");
    }

    @Test
    void aSessionCountsSomeoneAndAMediationClosesNoEarlierThanItOpened() {
        assertThat(fields(CommunityRules.attendance(Map.of(AgeBand.AGE_6_10, 0)))).containsExactly("attendance");
        assertThat(CommunityRules.attendance(Map.of(AgeBand.AGE_6_10, 1))).isEmpty();
        assertThat(fields(CommunityRules.closing(TODAY, TODAY.minusDays(1)))).containsExactly("closedOn");
        assertThat(CommunityRules.closing(TODAY, TODAY)).isEmpty();
        assertThat(fields(CommunityRules.mediationSession(TODAY, TODAY.minusDays(1), 600, 480)))
                .containsExactly("date", "durationMinutes");
    }
}
