package cz.opora.tutoring.domain;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** The vetting rule as a pure function of dates: no infrastructure. */
@Tag("fast")
class TutorVettingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Period YEAR = Period.ofYears(1);

    static Tutor vetted(LocalDate criminalRecordDate) {
        Tutor t = new Tutor();
        t.active = true;
        t.agreementSignedOn = TODAY.minusMonths(3);
        t.trainingCompletedOn = TODAY.minusMonths(2);
        t.criminalRecordDate = criminalRecordDate;
        return t;
    }

    @Test
    void aCompleteAndCurrentVettingMatches() {
        assertThat(vetted(TODAY.minusMonths(11)).notMatchableBecause(TODAY, YEAR)).isEmpty();
    }

    @Test
    void theExtractCountsForTheConfiguredPeriodFromItsDateInclusive() {
        Tutor t = vetted(TODAY.minusYears(1).plusDays(1));
        assertThat(t.vettingValidUntil(YEAR)).isEqualTo(TODAY);
        assertThat(t.notMatchableBecause(TODAY, YEAR)).isEmpty();
        assertThat(vetted(TODAY.minusYears(1)).notMatchableBecause(TODAY, YEAR)).hasValueSatisfying(
                why -> assertThat(why).contains("no longer valid"));
    }

    @Test
    void eachMissingPartOfTheVettingIsNamed() {
        Tutor t = vetted(null);
        assertThat(t.notMatchableBecause(TODAY, YEAR)).hasValue("the tutor has no criminal-record extract");
        t.trainingCompletedOn = null;
        assertThat(t.notMatchableBecause(TODAY, YEAR)).hasValue("the tutor has not completed the training");
        t.agreementSignedOn = null;
        assertThat(t.notMatchableBecause(TODAY, YEAR)).hasValue("the tutor has not signed the agreement");
        t.active = false;
        assertThat(t.notMatchableBecause(TODAY, YEAR)).hasValue("the tutor is not active");
    }
}
