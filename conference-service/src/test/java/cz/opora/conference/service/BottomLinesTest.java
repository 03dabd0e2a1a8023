package cz.opora.conference.service;

import cz.opora.common.rest.FieldError;
import cz.opora.common.rest.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan is rejected only against a bottom line, with a reason: pure, no infrastructure. */
@Tag("fast")
class BottomLinesTest {
    static final List<String> BOTTOM_LINES = List.of("An adult is with the boys every night.", "Jakub attends school.");

    static String fieldRefused(Integer bottomLine, String reason) {
        try {
            BottomLines.requireSafetyGrounds(BOTTOM_LINES, bottomLine, reason);
            return null;
        } catch (ProblemException e) {
            return e.problem().getErrors().stream().map(FieldError::field).findFirst().orElseThrow();
        }
    }

    @Test
    void aRejectionNamesOneOfTheBottomLinesAndSaysHowTheChildIsUnsafe() {
        assertThatCode(() -> BottomLines.requireSafetyGrounds(BOTTOM_LINES, 0, "Nobody on Fridays.")).doesNotThrowAnyException();
        assertThatCode(() -> BottomLines.requireSafetyGrounds(BOTTOM_LINES, 1, "No one takes him.")).doesNotThrowAnyException();
    }

    @Test
    void withoutABottomLineOrBeyondThemItIsRefusedNamingBottomLine() {
        org.assertj.core.api.Assertions.assertThat(fieldRefused(null, "I do not like it.")).isEqualTo("bottomLine");
        org.assertj.core.api.Assertions.assertThat(fieldRefused(2, "x")).isEqualTo("bottomLine");
        org.assertj.core.api.Assertions.assertThat(fieldRefused(-1, "x")).isEqualTo("bottomLine");
        assertThatThrownBy(() -> BottomLines.requireSafetyGrounds(BOTTOM_LINES, 2, "x"))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions.assertThat(
                        e.problem().getErrors().get(0).message()).contains("0 to 1"));
    }

    @Test
    void withoutAReasonItIsRefusedNamingReason() {
        org.assertj.core.api.Assertions.assertThat(fieldRefused(0, null)).isEqualTo("reason");
        org.assertj.core.api.Assertions.assertThat(fieldRefused(0, "  ")).isEqualTo("reason");
    }
}
