package cz.opora.events;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may decide for the family (sign a consent, accept a family group conference): the one rule for all services. */
@Tag("fast")
class MemberRoleTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void anAdultIsEighteenOnTheDayAndNeverAChild() {
        assertThat(MemberRole.PARENT.isAdultOn(DAY.minusYears(18), DAY)).as("18th birthday today").isTrue();
        assertThat(MemberRole.PARENT.isAdultOn(DAY.minusYears(18).plusDays(1), DAY)).as("18 tomorrow").isFalse();
        assertThat(MemberRole.SIBLING.isAdultOn(DAY.minusYears(16), DAY)).as("a 16-year-old sibling").isFalse();
        assertThat(MemberRole.GRANDPARENT.isAdultOn(null, DAY)).as("no birth date known: the role decides").isTrue();
        assertThat(MemberRole.CHILD.isAdultOn(DAY.minusYears(19), DAY)).as("a member recorded as a child").isFalse();
        assertThat(MemberRole.CHILD.isAdultOn(null, DAY)).isFalse();
    }
}
