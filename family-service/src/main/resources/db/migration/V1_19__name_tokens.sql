-- family-service: the name search by name for a common pattern (issue 21).
-- A text search sorted by name reads every match of its pattern and sorts them when the next 1,000 names in order do
-- not hold its page: 50,000 rows for "novak" at 1,000,000 families, whose matches all sort together far from the
-- start. No index gives a contains-pattern's matches in name order; an index of the names' words does, word by word:
--
--   family_name_token  one row per distinct word of a family's search_name, with the family's search_name, so that
--                      (organization, word) walks that word's families in name order from a cursor;
--   family_name_word   each organization's distinct words, with a trigram index: which words contain the pattern.
--
-- A common pattern's page is then the first rows of a merge of a few words' ordered walks (FamilyRepository). Both
-- tables are kept by the database in the statement that changes search_name (triggers below), so no write path can
-- forget them; the tokens go with their family (ON DELETE CASCADE). A word stays in family_name_word while any family
-- of its organization has it; erasing a family removes its words that no other family has
-- (RecordLifecycleService). Words are at most 200 characters (the longest name a family or member may have).
CREATE TABLE family_name_token (
    family_id           uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    token               varchar(200)  NOT NULL,
    owning_organization varchar(100)  NOT NULL,
    search_name         varchar(2000) NOT NULL,
    PRIMARY KEY (family_id, token)
);
CREATE INDEX family_name_token_walk_idx ON family_name_token (owning_organization, token, search_name, family_id);

CREATE TABLE family_name_word (
    owning_organization varchar(100) NOT NULL,
    word                varchar(200) NOT NULL,
    PRIMARY KEY (owning_organization, word)
);
-- The trigrams alone, not (organization, trigrams) as family's GIN index: at 1,000,000 families (1,000,000 words in one
-- organization) the organization's entry made "%4241%" cost 7 ms, the trigrams alone 0.7 ms. The look-up names the
-- organization, which is checked on each matching word's row: other organizations' rows of the same word are read
-- and dropped (one per organization that has it), never returned.
CREATE INDEX family_name_word_trgm_idx ON family_name_word USING gin (word gin_trgm_ops);

CREATE FUNCTION family_name_tokens_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM family_name_token WHERE family_id = NEW.id;
    END IF;
    INSERT INTO family_name_token (family_id, token, owning_organization, search_name)
    SELECT DISTINCT NEW.id, left(w, 200), NEW.owning_organization, NEW.search_name
    FROM unnest(string_to_array(NEW.search_name, ' ')) AS w WHERE w <> '';
    -- In word order, so that two registrations sharing words wait for each other in one order, never in a cycle.
    INSERT INTO family_name_word (owning_organization, word)
    SELECT DISTINCT NEW.owning_organization, left(w, 200)
    FROM unnest(string_to_array(NEW.search_name, ' ')) AS w WHERE w <> '' ORDER BY 2
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER family_name_tokens_insert AFTER INSERT ON family
    FOR EACH ROW EXECUTE FUNCTION family_name_tokens_refresh();
CREATE TRIGGER family_name_tokens_update AFTER UPDATE OF search_name, owning_organization ON family
    FOR EACH ROW WHEN (OLD.search_name IS DISTINCT FROM NEW.search_name
                       OR OLD.owning_organization IS DISTINCT FROM NEW.owning_organization)
    EXECUTE FUNCTION family_name_tokens_refresh();

-- The families that exist already.
INSERT INTO family_name_token (family_id, token, owning_organization, search_name)
SELECT DISTINCT f.id, left(w, 200), f.owning_organization, f.search_name
FROM family f CROSS JOIN LATERAL unnest(string_to_array(f.search_name, ' ')) AS w WHERE w <> '';
INSERT INTO family_name_word (owning_organization, word)
SELECT DISTINCT owning_organization, token FROM family_name_token;
