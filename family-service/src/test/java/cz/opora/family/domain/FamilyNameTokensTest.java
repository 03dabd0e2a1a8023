package cz.opora.family.domain;

import cz.opora.family.service.RetentionJob;
import cz.opora.testing.SampleRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name search's index of words (V1_19__name_tokens.sql) follows every write of a family's names through the API:
 * registration, a new name, a new member; the nightly retention run (RetentionJob) forgets a word no family has any more,
 * and only such a word. The search by name reads these rows instead of the
 * family's own name when a pattern is common (FamilyRepository.searchTextByName), so a stale row would hide a family
 * from its own name or show it under an old one.
 */
@QuarkusTest
class FamilyNameTokensTest {
    @Inject
    EntityManager em;
    @Inject
    RetentionJob retention;

    @Test
    void theWordsFollowEveryChangeOfAFamilysNames() {
        String marker = "slovo" + UUID.randomUUID().toString().substring(0, 8);
        String old = "stare" + UUID.randomUUID().toString().substring(0, 8);
        // Another family of the organization keeps "rodina" after this one is renamed (whatever else the database holds).
        as("sas.dvorak").body(SampleRequests.family("Rodina " + marker + "x")).post("/api/v1/families").then().statusCode(201);
        String id = as("sas.dvorak").body(SampleRequests.family("Rodina " + old + " " + marker)).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        assertThat(tokens(id)).containsExactlyInAnyOrder("rodina", old, marker, "jana", "novakova", "petr", "novak");
        assertThat(searchNames(id)).as("each word's row carries the family's name as the search sorts it")
                .containsOnly(searchName(id));

        String path = "/api/v1/families/" + id;
        as("sas.dvorak").header("If-Match", "\"0\"").body("""
                {"name": "Domácnost %s", "address": {"street": "Cejl 12", "municipality": "Brno", "postalCode": "60200"}}"""
                .formatted(marker)).put(path).then().statusCode(200);
        assertThat(tokens(id)).containsExactlyInAnyOrder("domacnost", marker, "jana", "novakova", "petr", "novak");
        assertThat(words()).as("a word no family has any more stays until the nightly sweep").contains(old);
        retention.run();
        assertThat(words()).as("after the sweep: the old word goes, a word another family has stays")
                .doesNotContain(old).contains("rodina", "domacnost", marker);

        as("sas.dvorak").body(SampleRequests.member("Zdeněk", "Strýcovský")).post(path + "/members").then().statusCode(201);
        assertThat(tokens(id)).contains("zdenek", "strycovsky");
        assertThat(searchNames(id)).containsOnly(searchName(id));
        assertThat(words()).as("the organization's words").contains("domacnost", marker, "zdenek", "strycovsky");
    }

    List<String> tokens(String familyId) {
        return column("SELECT token FROM family_name_token WHERE family_id = cast(?1 AS uuid)", familyId);
    }

    List<String> searchNames(String familyId) {
        return column("SELECT search_name FROM family_name_token WHERE family_id = cast(?1 AS uuid)", familyId);
    }

    String searchName(String familyId) {
        return column("SELECT search_name FROM family WHERE id = cast(?1 AS uuid)", familyId).get(0);
    }

    List<String> words() {
        return column("SELECT word FROM family_name_word WHERE owning_organization = ?1", "sas-jih");
    }

    @SuppressWarnings("unchecked")
    List<String> column(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }
}
