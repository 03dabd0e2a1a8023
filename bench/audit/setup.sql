-- bench/audit-insert: four forms of the audit table (A today; B time-ordered ids; C no GIN, ids in a child table; D no GIN),
-- 1,000,000 rows each, one family of 100,000 per row, as reads write them. Run by bench/audit-insert.
DROP TABLE IF EXISTS audit_a, audit_b, audit_c, audit_c_resource, audit_d;
CREATE OR REPLACE FUNCTION uuid7() RETURNS uuid LANGUAGE sql AS $$
  SELECT (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')
          || substr(replace(gen_random_uuid()::text, '-', ''), 13))::uuid $$;
-- A: today's audit_entry (random ids, GIN on resource_ids, two btrees)
CREATE TABLE audit_a (id uuid PRIMARY KEY, occurred_at timestamptz NOT NULL, actor_subject varchar(200) NOT NULL,
  actor_username varchar(200), actor_organization varchar(100), action varchar(100) NOT NULL,
  resource_type varchar(100) NOT NULL, resource_ids uuid[] NOT NULL, endpoint varchar(300) NOT NULL,
  source_service varchar(100), through_type varchar(40), through_id uuid, grant_id uuid);
CREATE INDEX ON audit_a USING gin (resource_ids);
CREATE INDEX ON audit_a (actor_organization, occurred_at);
CREATE INDEX ON audit_a (actor_subject, occurred_at);
-- B: same, time-ordered ids
CREATE TABLE audit_b (LIKE audit_a INCLUDING ALL);
-- C: time-ordered ids, no GIN; the ids in a child table walked in time order per record
CREATE TABLE audit_c (LIKE audit_a INCLUDING DEFAULTS);
ALTER TABLE audit_c ADD PRIMARY KEY (id);
CREATE INDEX ON audit_c (actor_organization, occurred_at);
CREATE INDEX ON audit_c (actor_subject, occurred_at);
CREATE TABLE audit_c_resource (resource_id uuid NOT NULL, occurred_at timestamptz NOT NULL, audit_id uuid NOT NULL,
  PRIMARY KEY (resource_id, occurred_at, audit_id));
-- D: random ids, no GIN (the cost of the GIN index alone)
CREATE TABLE audit_d (LIKE audit_a INCLUDING DEFAULTS);
ALTER TABLE audit_d ADD PRIMARY KEY (id);
CREATE INDEX ON audit_d (actor_organization, occurred_at);
CREATE INDEX ON audit_d (actor_subject, occurred_at);
-- 1,000,000 rows each, one family of 100,000 per row, as a read of one family writes
INSERT INTO audit_a SELECT gen_random_uuid(), now() - make_interval(secs => 1000000 - i), 'subject-' || (i % 300), 'user', 'org-' || (i % 30),
  'family.read', 'family', ARRAY[('00000000-0000-0000-0000-' || lpad((i % 100000)::text, 12, '0'))::uuid], '/api/v1/families/{id}'
  FROM generate_series(1, 1000000) i;
INSERT INTO audit_b SELECT uuid7(), occurred_at, actor_subject, actor_username, actor_organization, action, resource_type, resource_ids, endpoint FROM audit_a ORDER BY occurred_at;
INSERT INTO audit_c SELECT * FROM audit_b;
INSERT INTO audit_d SELECT * FROM audit_a;
INSERT INTO audit_c_resource SELECT resource_ids[1], occurred_at, id FROM audit_c;
VACUUM ANALYZE audit_a; VACUUM ANALYZE audit_b; VACUUM ANALYZE audit_c; VACUUM ANALYZE audit_c_resource; VACUUM ANALYZE audit_d;
