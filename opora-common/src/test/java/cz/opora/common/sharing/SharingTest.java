package cz.opora.common.sharing;

import cz.opora.events.DataScope;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cz.opora.events.DataScope.ASSESSMENT;
import static cz.opora.events.DataScope.BASIC;
import static cz.opora.events.DataScope.CONTACT_DETAILS;
import static cz.opora.events.DataScope.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

/** The onward-sharing rule without infrastructure: a share never exceeds what its grantor itself sees. */
@Tag("fast")
class SharingTest {
    static final String OWNER = "sas-jih";
    final UUID petr = UUID.randomUUID();
    final UUID anna = UUID.randomUUID();
    final Map<String, List<Sharing.Held>> grants = new HashMap<>();

    Optional<Sharing.View> view(String organization) {
        return Sharing.view(organization, OWNER, org -> grants.getOrDefault(org, List.of()));
    }

    void grant(String to, String by, Set<DataScope> scopes, UUID... children) {
        grants.computeIfAbsent(to, k -> new java.util.ArrayList<>()).add(new Sharing.Held(scopes, List.of(children), by));
    }

    @Test
    void aGrantFromTheOwnerGivesWhatItSays() {
        grant("ospod-mesto", OWNER, EnumSet.of(SCHOOL), petr);
        Sharing.View v = view("ospod-mesto").orElseThrow();
        assertThat(v.scopes()).containsExactlyInAnyOrder(BASIC, SCHOOL);
        assertThat(v.coversMember(petr)).isTrue();
        assertThat(v.coversMember(anna)).isFalse();
        assertThat(view("nzdm-kotva")).isEmpty();
    }

    @Test
    void anOnwardGrantNeverExceedsWhatItsGrantorSees() {
        grant("sas-sever", OWNER, EnumSet.of(BASIC), petr);
        grant("ospod-mesto", "sas-sever", EnumSet.of(BASIC, SCHOOL, ASSESSMENT, CONTACT_DETAILS));
        Sharing.View v = view("ospod-mesto").orElseThrow();
        assertThat(v.scopes()).containsExactly(BASIC);
        assertThat(v.wholeFamily()).isFalse();
        assertThat(v.members()).containsExactly(petr);
    }

    @Test
    void anOnwardGrantForAChildTheGrantorWasNotGivenShowsNothing() {
        grant("sas-sever", OWNER, EnumSet.of(BASIC, SCHOOL), petr);
        grant("ospod-mesto", "sas-sever", EnumSet.of(SCHOOL), anna);
        assertThat(view("ospod-mesto")).isEmpty();
    }

    @Test
    void anOnwardGrantEndsWhenItsGrantorSeesNothing() {
        grant("ospod-mesto", "sas-sever", EnumSet.of(SCHOOL));
        assertThat(view("ospod-mesto")).isEmpty();
        grant("sas-sever", OWNER, EnumSet.of(SCHOOL));
        assertThat(view("ospod-mesto").orElseThrow().scopes()).containsExactlyInAnyOrder(BASIC, SCHOOL);
    }

    @Test
    void chainsAreCappedAtEveryStepAndCyclesGiveNothing() {
        grant("a", OWNER, EnumSet.of(SCHOOL, ASSESSMENT));
        grant("b", "a", EnumSet.of(SCHOOL, CONTACT_DETAILS));
        grant("c", "b", EnumSet.of(SCHOOL, ASSESSMENT, CONTACT_DETAILS));
        assertThat(view("c").orElseThrow().scopes()).containsExactlyInAnyOrder(BASIC, SCHOOL);
        grant("x", "y", EnumSet.of(SCHOOL));
        grant("y", "x", EnumSet.of(SCHOOL));
        assertThat(view("x")).isEmpty();
    }

    @Test
    void severalGrantsAddUp() {
        grant("ospod-mesto", OWNER, EnumSet.of(SCHOOL), petr);
        grant("ospod-mesto", OWNER, EnumSet.of(ASSESSMENT), anna);
        Sharing.View v = view("ospod-mesto").orElseThrow();
        assertThat(v.scopes()).containsExactlyInAnyOrder(BASIC, SCHOOL, ASSESSMENT);
        assertThat(v.members()).containsExactlyInAnyOrder(petr, anna);
    }
}
