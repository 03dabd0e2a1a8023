package cz.opora.documents;

import cz.opora.events.MemberRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class CzechLabelsTest {
    enum Outer { A }

    static final class Holder {
        enum Kind { HOME_VISIT }
    }

    @Test
    void everySharedCodeHasItsCzechWord() {
        assertThat(Arrays.stream(MemberRole.values()).filter(r -> !CzechLabels.has(r))).as("member roles without a word")
                .isEmpty();
        assertThat(CzechLabels.code(MemberRole.GRANDPARENT)).isEqualTo("prarodič");
        assertThat(CzechLabels.code("ReadinessDomain", "fine-motor")).isEqualTo("jemná motorika");
    }

    @Test
    void aNestedEnumIsKeyedWithItsEnclosingClassAndAnUnknownCodePrintsAsItself() {
        assertThat(CzechLabels.key(Holder.Kind.HOME_VISIT)).isEqualTo("Holder.Kind.HOME_VISIT");
        assertThat(CzechLabels.key(Outer.A)).isEqualTo("CzechLabelsTest.Outer.A");
        assertThat(CzechLabels.code(Holder.Kind.HOME_VISIT)).isEqualTo("HOME_VISIT");
        assertThat(CzechLabels.code((Enum<?>) null)).isNull();
        assertThat(CzechLabels.code("ReadinessDomain", "juggling")).isEqualTo("juggling");
    }
}
