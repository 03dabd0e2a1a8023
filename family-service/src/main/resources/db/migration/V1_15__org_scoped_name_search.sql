-- family-service: the name search scoped by organization (issue 21).
-- The trigram index on search_name alone held every organization's families: a small organization's search read the
-- bitmap of every organization's matches and threw the others away. With btree_gin the organization is a column of
-- the same GIN index, so a search reads only its own organization's matches (GIN intersects the columns' entries),
-- and so are the filters a text search combines with the pattern (status, municipality, key worker): "novak" among
-- the closed families is found in the index, not by reading every "novak" and dropping the open ones.
-- btree_gin and pg_trgm are trusted extensions (PostgreSQL 13+): the database owner creates them, no superuser.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX family_org_search_name_trgm_idx ON family
    USING gin (owning_organization, search_name gin_trgm_ops, status, search_municipality, key_worker);
DROP INDEX family_search_name_trgm_idx;
