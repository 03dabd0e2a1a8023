package cz.opora.common.rest;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("fast")
class ETagsTest {

    @Test
    void matchingTagsPass() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfPresent("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfPresent(null, 3)).doesNotThrowAnyException();
    }

    @Test
    void onlyAStrongTagOfTheCurrentVersionPasses() {
        for (String notStrong : new String[] {"*", "W/\"3\"", "w/\"3\"", "3", "\"3", "\"1\", *", "\"3\", W/\"3\""}) {
            for (var check : java.util.List.<Runnable>of(() -> ETags.requireMatch(notStrong, 3),
                    () -> ETags.checkIfPresent(notStrong, 3))) {
                assertThatThrownBy(check::run).as(notStrong).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().getStatus()).isEqualTo(412);
                    assertThat(e.problem().getType()).endsWith("/strong-etag-required");
                });
            }
        }
    }

    @Test
    void staleTagIs412WithTheCurrentTag() {
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().getStatus()).isEqualTo(412);
                    assertThat(e.problem().getExtensions()).containsEntry("currentETag", "\"3\"");
                    assertThat(e.toResponse().getHeaderString("ETag")).isEqualTo("\"3\"");
                });
    }

    @Test
    void missingTagIs428() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().getStatus()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.requireMatch(" ", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().getStatus()).isEqualTo(428));
    }
}
