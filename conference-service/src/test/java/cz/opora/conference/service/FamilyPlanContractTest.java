package cz.opora.conference.service;

import cz.opora.conference.domain.FamilyConference;
import cz.opora.events.conference.FamilyPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accepted plan as family-service receives it: the family's own words, all of them. Pure, no infrastructure. */
@Tag("fast")
class FamilyPlanContractTest {

    @Test
    void theFamilysPlanTravelsWholeWithWhatItDoesIfItDoesNotWork() {
        FamilyConference c = new FamilyConference();
        c.id = UUID.randomUUID();
        c.familyId = UUID.randomUUID();
        c.originalConferenceId = c.id;
        UUID grandmother = UUID.randomUUID();
        c.plan = new FamilyConference.Plan("Kluci nejsou večer sami", LocalDate.of(2027, 3, 12), List.of(
                new FamilyConference.Item("Babička hlídá kluky", "MEMBER", grandmother, null, LocalDate.of(2026, 12, 15),
                        "Kluci řeknou, kdo s nimi byl"),
                new FamilyConference.Item("Soused vozí Jakuba do školy", "FRIEND", null, "pan Dušek",
                        LocalDate.of(2026, 12, 14), "Škola nehlásí absence")),
                "Sejdeme se znovu a zavoláme OSPOD.");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");

        FamilyPlan plan = FamilyPlanService.familyPlan(c, at);

        assertThat(plan.ifItDoesNotWork()).isEqualTo("Sejdeme se znovu a zavoláme OSPOD.");
        assertThat(plan.title()).isEqualTo("Kluci nejsou večer sami");
        assertThat(plan.reviewDate()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(plan.agreedAt()).isEqualTo(at);
        assertThat(plan.goals()).extracting(FamilyPlan.Goal::what, FamilyPlan.Goal::progressIndicator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Babička hlídá kluky", "Kluci řeknou, kdo s nimi byl"),
                org.assertj.core.groups.Tuple.tuple("Soused vozí Jakuba do školy", "Škola nehlásí absence"));
        assertThat(plan.goals().get(0).steps()).containsExactly(
                new FamilyPlan.Step("Babička hlídá kluky", grandmother, null, LocalDate.of(2026, 12, 15)));
        assertThat(plan.goals().get(1).steps()).containsExactly(
                new FamilyPlan.Step("Soused vozí Jakuba do školy", null, "pan Dušek", LocalDate.of(2026, 12, 14)));
    }
}
