\set f random(0, 99999)
INSERT INTO audit_b (id, occurred_at, actor_subject, actor_username, actor_organization, action, resource_type, resource_ids, endpoint)
VALUES (uuid7(), now(), 'subject-1', 'user', 'org-1', 'family.read', 'family', ARRAY[('00000000-0000-0000-0000-' || lpad(:f::text, 12, '0'))::uuid], '/api/v1/families/{id}');
