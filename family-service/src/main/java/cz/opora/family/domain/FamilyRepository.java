package cz.opora.family.domain;

import cz.opora.common.persistence.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every query takes the caller's organization: there is no way to read a family without it. */
@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /**
     * The family with its members and team in one select, if the organization owns it. No {@code distinct}: Hibernate
     * makes the fetched family one object whatever the join's rows (members times team: a few), and a SQL
     * {@code distinct} would only make PostgreSQL sort them.
     */
    public Optional<Family> findOwned(UUID id, String organization) {
        return find("select f from Family f left join fetch f.members left join fetch f.team "
                + "where f.id = ?1 and f.owningOrganization = ?2", id, organization).singleResultOptional();
    }

    /** The family with its members and team in one select, whoever owns it: callers check ownership or grants. */
    public Optional<Family> findWithMembers(UUID id) {
        return find("select f from Family f left join fetch f.members left join fetch f.team where f.id = ?1", id)
                .singleResultOptional();
    }

    /**
     * One keyset page of a search, {@code limit} rows strictly after the cursor. Every filter is an indexed
     * column of {@code family} led by the organization (see V1_2__household.sql); the caseload filter uses the
     * team's (worker, family) index.
     *
     * @param afterName by name: the normalised name of the last row shown (re-read by {@link #searchNameOf})
     * @param afterCreated newest first: the creation time of the last row shown
     */
    public List<Family> search(String organization, Criteria criteria, String afterName, Instant afterCreated,
                               UUID afterId, int limit) {
        Parameters params = parameters(organization, criteria);
        if (criteria.byName() && criteria.text() != null) {
            return searchTextByName(organization, criteria, params, afterName, afterId, limit);
        }
        List<String> where = new ArrayList<>(List.of("f.owningOrganization = :org"));
        where.addAll(filters(criteria, "f"));
        String order;
        if (criteria.byName()) {
            if (afterId != null) {
                where.add("(f.searchName, f.id) > (:afterKey, :afterId)");
                params.and("afterKey", afterName).and("afterId", afterId);
            }
            order = " order by f.searchName, f.id";
        } else {
            if (afterId != null) {
                where.add("(f.createdAt, f.id) < (:afterKey, :afterId)");
                params.and("afterKey", afterCreated).and("afterId", afterId);
            }
            order = " order by f.createdAt desc, f.id desc";
        }
        return find("from Family f where " + String.join(" and ", where) + order, params).page(0, limit).list();
    }

    /**
     * One condition of the criteria, written once for JPQL and once for SQL (the native steps of
     * {@link #searchTextByName}), on the rows named by {@code %1$s}, with its parameter and value. An enum is bound as
     * itself in JPQL and as its name in SQL.
     */
    private record Condition(String jpql, String sql, String parameter, Object value) {
        Object nativeValue() {
            return value instanceof Enum<?> constant ? constant.name() : value;
        }
    }

    /** The criteria's conditions, the organization's aside. */
    private static List<Condition> conditions(Criteria criteria) {
        List<Condition> conditions = new ArrayList<>();
        if (criteria.text() != null) {
            conditions.add(new Condition("%1$s.searchName like :text escape '\\'", "%1$s.search_name LIKE :text ESCAPE '\\'",
                    "text", SearchText.containsPattern(criteria.text())));
        }
        if (criteria.municipality() != null) {
            conditions.add(new Condition("%1$s.searchMunicipality = :municipality", "%1$s.search_municipality = :municipality",
                    "municipality", SearchText.normalize(criteria.municipality())));
        }
        if (criteria.status() != null) {
            conditions.add(new Condition("%1$s.status = :status", "%1$s.status = :status", "status", criteria.status()));
        }
        if (criteria.keyWorker() != null) {
            conditions.add(new Condition("%1$s.keyWorker = :keyWorker", "%1$s.key_worker = :keyWorker", "keyWorker",
                    criteria.keyWorker()));
        }
        if (criteria.caseloadOf() != null) {
            conditions.add(new Condition(
                    "(%1$s.keyWorker = :me or exists (select 1 from FamilyTeamMember t where t.family.id = %1$s.id and t.worker = :me))",
                    "(%1$s.key_worker = :me OR EXISTS (SELECT 1 FROM family_team_member t WHERE t.family_id = %1$s.id AND t.worker = :me))",
                    "me", criteria.caseloadOf()));
        }
        return conditions;
    }

    /** The criteria's conditions in JPQL on the family (or the walked rows) named {@code f}. */
    private static List<String> filters(Criteria criteria, String f) {
        return conditions(criteria).stream().map(condition -> condition.jpql().formatted(f)).toList();
    }

    private static Parameters parameters(String organization, Criteria criteria) {
        Parameters params = Parameters.with("org", organization);
        conditions(criteria).forEach(condition -> params.and(condition.parameter(), condition.value()));
        return params;
    }

    /** How many families in name order a text search by name looks at before it looks at the words' index. */
    public static final int NAME_WALK = 1_000;
    /** Up to how many of the organization's words containing a word of the pattern are looked up together... */
    public static final int WORDS_LOOKED_UP = 1_000;
    /** ...and up to how many are merged in name order (a merge reads up to a chunk of each). */
    public static final int WORDS_MERGED = 64;
    /** Up to how many families having a word are sorted at once; a word more families have is merged in order. */
    public static final int WORD_FAMILIES_SORTED = 2_000;
    /** How many rows of the words' merged walk one statement looks at, and how many such statements at most. */
    public static final int TOKEN_CHUNK = 200;
    public static final int TOKEN_CHUNKS = 5;

    /**
     * A text search by name. The pattern is a contains-pattern ({@code %novak%}): no index gives its matches in name
     * order. Walking the organization's name index and dropping what does not match costs what sorts before the
     * matches (560,000 rows for "novak" at 1,000,000 families); finding every match first and sorting them costs the
     * number of matches (50,000 for "novak"). A match has, for each word of the pattern, a word of its name that
     * contains it; V1_19__name_tokens.sql keeps the organization's words (family_name_word, trigram-indexed) and each
     * word's families in name order (family_name_token). So, in turn, each step bounded, the first that can answer
     * does:
     * <ol>
     * <li>the next {@value #NAME_WALK} families in name order (an index range in a materialized CTE), filtered: a
     * pattern most names have ("jana");</li>
     * <li>for each of the pattern's {@value #WORDS_TRIED} longest words, the organization's words containing it (at most {@value #WORDS_LOOKED_UP} + 1)
     * and how many families have them (counted up to {@value #WORD_FAMILIES_SORTED} + 1 in the index): the word with
     * the fewest leads ({@link #leads});</li>
     * <li>if at most {@value #WORD_FAMILIES_SORTED} families have it, they are all the candidates: filtered by the whole
     * pattern and the criteria, sorted, cut ("svoboda 4241": the 300 number-words containing "4241" at 1,000,000
     * families);</li>
     * <li>otherwise, if it is in at most {@value #WORDS_MERGED} words, their families, each word's walked in name order
     * from the cursor and merged, {@value #TOKEN_CHUNK}
     * rows at a time, filtered ({@link #mergeWords}): a common pattern whose matches lie far away in name order
     * ("novak"); while a merge finds matches, up to {@value #TOKEN_CHUNKS} merges; when the first merge of a word finds
     * none, the next word's;</li>
     * <li>when no word of the pattern can lead ("12" is in more than {@value #WORDS_LOOKED_UP} words), or the merges
     * did not fill the page: every match after the last row looked at, found through the organization-scoped GIN index
     * (V1_15__org_scoped_name_search.sql) and sorted.</li>
     * </ol>
     */
    private List<Family> searchTextByName(String organization, Criteria criteria, Parameters params, String afterName, UUID afterId, int limit) {
        String after = "";
        if (afterId != null) {
            after = " and (f.searchName, f.id) > (:afterKey, :afterId)";
            params.and("afterKey", afterName).and("afterId", afterId);
        }
        List<Family> walked = find("with walk as materialized (select f.id as id, f.searchName as searchName, "
                + "f.searchMunicipality as searchMunicipality, f.status as status, f.keyWorker as keyWorker from Family f "
                + "where f.owningOrganization = :org" + after + " order by f.searchName, f.id limit " + NAME_WALK + ") "
                + "select f from Family f join walk w on w.id = f.id where " + String.join(" and ", filters(criteria, "w"))
                + " order by w.searchName, w.id", params).page(0, limit).list();
        if (walked.size() == limit) {
            return walked;
        }
        String key = afterName == null ? "" : afterName;
        UUID id = afterId == null ? new UUID(0, 0) : afterId;
        List<WordFamilies> leads = leads(organization, criteria.text());
        List<Family> page = new ArrayList<>();
        if (!leads.isEmpty() && leads.get(0).families() <= WORD_FAMILIES_SORTED) {
            var candidates = getEntityManager().createNativeQuery("WITH candidates AS MATERIALIZED (SELECT DISTINCT "
                            + "k.search_name, k.family_id FROM family_name_token k WHERE k.owning_organization = :org "
                            + "AND k.token = ANY(CAST(:words AS varchar[])) AND (k.search_name, k.family_id) > (:afterKey, :afterId)) "
                            + "SELECT {f.*} FROM candidates c JOIN family f ON f.id = c.family_id WHERE "
                            + String.join(" AND ", nativeFilters(criteria)) + " ORDER BY c.search_name, c.family_id LIMIT " + limit)
                    .unwrap(NativeQuery.class).addEntity("f", Family.class)
                    .setParameter("org", organization).setParameter("words", leads.get(0).words())
                    .setParameter("afterKey", key).setParameter("afterId", id);
            bindNative(candidates, criteria);
            @SuppressWarnings("unchecked")
            List<Family> sorted = candidates.getResultList();
            return sorted;
        }
        for (WordFamilies lead : leads) {
            if (lead.words().length > WORDS_MERGED) {
                continue;
            }
            Merged merged = mergeWords(organization, criteria, lead.words(), key, id, limit);
            if (merged.last() == null) {
                return merged.page();
            }
            if (!merged.page().isEmpty()) {
                page.addAll(merged.page());
                key = merged.last().key();
                id = merged.last().id();
                break;
            }
            // This word's first families hold no match ("jana" for "jana novak"): the next word's may.
        }
        Parameters remaining = parameters(organization, criteria).and("afterKey", key).and("afterId", id);
        page.addAll(find("with matches as materialized (select f.id as id, f.searchName as searchName from Family f "
                + "where f.owningOrganization = :org and " + String.join(" and ", filters(criteria, "f"))
                + " and (f.searchName, f.id) > (:afterKey, :afterId)) select f from Family f join matches m "
                + "on m.id = f.id order by m.searchName, m.id", remaining).page(0, limit - page.size()).list());
        return page;
    }

    /** How many of the pattern's words, the longest, are looked up as leads: one statement each. */
    public static final int WORDS_TRIED = 3;

    /**
     * Of the pattern's {@value #WORDS_TRIED} longest distinct words, those in at most {@value #WORDS_LOOKED_UP} of the
     * organization's words, those the fewest families have first (counted up to {@value #WORD_FAMILIES_SORTED} + 1),
     * then the longest. Every match contains every word of the pattern, so any of them gives every match: the others
     * are not looked up (a pattern of many short words would otherwise cost a statement per word).
     */
    List<WordFamilies> leads(String organization, String text) {
        List<WordFamilies> leads = new ArrayList<>();
        List<String> tried = new java.util.LinkedHashSet<>(List.of(SearchText.normalize(text).split(" "))).stream()
                .filter(word -> !word.isEmpty())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(WORDS_TRIED).toList();
        for (String word : tried) {
            WordFamilies lead = wordFamilies(organization, word);
            if (lead.words().length <= WORDS_LOOKED_UP) {
                leads.add(lead);
            }
        }
        leads.sort(java.util.Comparator.comparingLong(WordFamilies::families)
                .thenComparing(lead -> -lead.word().length()));
        return leads;
    }

    /** The organization's words that contain this word, and how many families have them (counted up to one more than sorted). */
    private WordFamilies wordFamilies(String organization, String word) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("WITH w AS MATERIALIZED (SELECT word FROM family_name_word "
                        + "WHERE owning_organization = :org AND word LIKE :word ESCAPE '\\' LIMIT " + (WORDS_LOOKED_UP + 1) + ") "
                        + "SELECT (SELECT array_agg(word) FROM w), (SELECT count(*) FROM (SELECT 1 FROM w JOIN family_name_token k "
                        + "ON k.owning_organization = :org AND k.token = w.word LIMIT " + (WORD_FAMILIES_SORTED + 1) + ") c)")
                .setParameter("org", organization).setParameter("word", SearchText.containsPattern(word)).getSingleResult();
        return new WordFamilies(word, row[0] == null ? new String[0] : (String[]) row[0], ((Number) row[1]).longValue());
    }

    /** A word of the pattern, the organization's words containing it, and how many families have those. */
    record WordFamilies(String word, String[] words, long families) {
    }

    /**
     * Step 4 of {@link #searchTextByName}: each word's families come in name order from family_name_token's
     * (organization, token, search_name, family_id) index, {@value #TOKEN_CHUNK} after the cursor; the first
     * {@value #TOKEN_CHUNK} of their merge are every family up to the last of them that has any of the words (each
     * word gave all its families up to there), so testing those against the whole pattern and the criteria gives the
     * page's rows up to there, in order. The next merge continues after that row, while merges find matches.
     *
     * @return the page, and the last row looked at if the page is not complete up to it (null when it is)
     */
    private Merged mergeWords(String organization, Criteria criteria, String[] words, String key, UUID id, int limit) {
        List<UUID> page = new ArrayList<>();
        for (int chunk = 0; chunk < TOKEN_CHUNKS; chunk++) {
            var query = getEntityManager().createNativeQuery("WITH merged AS MATERIALIZED (SELECT c.search_name, c.family_id "
                    + "FROM unnest(CAST(:words AS varchar[])) AS w(word) CROSS JOIN LATERAL (SELECT k.search_name, k.family_id "
                    + "FROM family_name_token k WHERE k.owning_organization = :org AND k.token = w.word "
                    + "AND (k.search_name, k.family_id) > (:afterKey, :afterId) ORDER BY k.search_name, k.family_id "
                    + "LIMIT " + TOKEN_CHUNK + ") c ORDER BY c.search_name, c.family_id LIMIT " + TOKEN_CHUNK + ") "
                    + "SELECT m.search_name, m.family_id, (" + String.join(" AND ", nativeFilters(criteria)) + ") AS hit "
                    + "FROM merged m JOIN family f ON f.id = m.family_id ORDER BY m.search_name, m.family_id");
            query.setParameter("words", words).setParameter("org", organization)
                    .setParameter("afterKey", key).setParameter("afterId", id);
            bindNative(query, criteria);
            @SuppressWarnings("unchecked")
            List<Object[]> merged = query.getResultList();
            int found = page.size();
            for (Object[] row : merged) {
                UUID family = (UUID) row[1];
                if (Boolean.TRUE.equals(row[2]) && !page.contains(family)) {
                    page.add(family);
                }
                if (page.size() == limit) {
                    return new Merged(inOrder(page), null);
                }
            }
            if (merged.size() < TOKEN_CHUNK) {
                return new Merged(inOrder(page), null);
            }
            Object[] last = merged.get(merged.size() - 1);
            key = (String) last[0];
            id = (UUID) last[1];
            if (page.size() == found) {
                break;
            }
        }
        return new Merged(inOrder(page), new Row(key, id));
    }

    private record Row(String key, UUID id) {
    }

    private record Merged(List<Family> page, Row last) {
    }

    /** The families of these ids, in this order, in one select. */
    private List<Family> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Family> byId = new HashMap<>();
        for (Family family : list("id in ?1", ids)) {
            byId.put(family.id, family);
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The criteria's conditions in SQL on family {@code f} (a text search: the pattern is among them). */
    private static List<String> nativeFilters(Criteria criteria) {
        return conditions(criteria).stream().map(condition -> condition.sql().formatted("f")).toList();
    }

    private static void bindNative(jakarta.persistence.Query query, Criteria criteria) {
        conditions(criteria).forEach(condition -> query.setParameter(condition.parameter(), condition.nativeValue()));
    }

    /** The words of these families' names, as family_name_word holds them (read before the families are erased). */
    public NameWords nameWordsOf(UUID... ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT DISTINCT owning_organization, token "
                + "FROM family_name_token WHERE family_id = ANY(?1)").setParameter(1, ids).getResultList();
        return new NameWords(rows.stream().map(row -> (String) row[0]).toArray(String[]::new),
                rows.stream().map(row -> (String) row[1]).toArray(String[]::new));
    }

    /**
     * Forgets the words that no family of their organization has any more (after erasing the families that had
     * them: an erased family's surname must not stay behind in the search's dictionary). The table is locked against
     * adding words until the commit, so a registration adding one of these words in a concurrent transaction either
     * committed before (its family is seen, the word stays) or adds it again after.
     */
    public void forgetUnusedNameWords(NameWords words) {
        if (words.words().length == 0) {
            return;
        }
        getEntityManager().createNativeQuery("LOCK TABLE family_name_word IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        getEntityManager().createNativeQuery("DELETE FROM family_name_word w USING unnest(CAST(?1 AS varchar[]), "
                        + "CAST(?2 AS varchar[])) AS gone(organization, word) WHERE w.owning_organization = gone.organization "
                        + "AND w.word = gone.word AND NOT EXISTS (SELECT 1 FROM family_name_token k "
                        + "WHERE k.owning_organization = gone.organization AND k.token = gone.word)")
                .setParameter(1, words.organizations()).setParameter(2, words.words()).executeUpdate();
    }

    /** The dictionary's next words after the cursor (organization, then word), at most {@code batch}. */
    public NameWords nameWordsAfter(String organization, String word, int batch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT owning_organization, word FROM family_name_word "
                        + "WHERE (owning_organization, word) > (?1, ?2) ORDER BY owning_organization, word LIMIT ?3")
                .setParameter(1, organization).setParameter(2, word).setParameter(3, batch).getResultList();
        return new NameWords(rows.stream().map(row -> (String) row[0]).toArray(String[]::new),
                rows.stream().map(row -> (String) row[1]).toArray(String[]::new));
    }

    /** Words of families' names, each with its organization (two arrays of one length). */
    public record NameWords(String[] organizations, String[] words) {
    }

    /** The normalised name a by-name page continues after, if the organization owns the family. */
    public Optional<String> searchNameOf(UUID id, String organization) {
        return getEntityManager().createQuery("select f.searchName from Family f where f.id = ?1 and f.owningOrganization = ?2",
                String.class).setParameter(1, id).setParameter(2, organization).getResultStream().findFirst();
    }

    /** What to look for; null fields do not filter. */
    public record Criteria(String text, String municipality, FamilyStatus status, String keyWorker, String caseloadOf,
                           boolean byName) {
    }
}
