package cz.opora.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Test data generated once in a test database (by {@code INSERT ... SELECT generate_series}) and kept for later runs. */
public final class GeneratedData {
    private GeneratedData() {
    }

    /**
     * Runs {@code generate} in one transaction (up to five minutes) unless {@code countSql} (a {@code SELECT count(*)})
     * finds a row already, then ANALYZEs the tables, so that plans see the generated rows.
     */
    public static void once(EntityManager em, String countSql, Runnable generate, String... tables) {
        boolean generated = QuarkusTransaction.requiringNew().timeout(300).call(() -> {
            if (((Number) em.createNativeQuery(countSql).getSingleResult()).longValue() > 0) {
                return false;
            }
            generate.run();
            return true;
        });
        if (generated) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (String table : tables) {
                    em.createNativeQuery("ANALYZE " + table).executeUpdate();
                }
            });
        }
    }

    /**
     * Families 1..{@code count} of the projection (owned by "plan-family-owner"), each with a parent and a child: ids
     * {@code 00000000-0000-0000-0000-<n>} for the family and {@code 00000000-0000-0000-0001-<n>} for its child (n
     * zero-padded to twelve digits), for generated rows to refer to. Run inside the generating transaction.
     */
    public static void knownFamilies(EntityManager em, int count) {
        em.createNativeQuery("""
                INSERT INTO known_family (id, owning_organization, name, municipality, status, registered_at, updated_at)
                SELECT ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, 'plan-family-owner',
                       'Rodina Plánová ' || i, 'Obec', 'ACTIVE', now(), now()
                FROM generate_series(1, cast(:count AS integer)) AS i ON CONFLICT DO NOTHING
                """).setParameter("count", count).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO known_family_member (id, family_id, position, role, first_name, last_name)
                SELECT ('00000000-0000-0000-000' || m || '-' || lpad(i::text, 12, '0'))::uuid,
                       ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, m, CASE WHEN m = 1 THEN 'CHILD' ELSE 'PARENT' END,
                       CASE WHEN m = 1 THEN 'Dítě' ELSE 'Rodič' END, 'Plánové'
                FROM generate_series(1, cast(:count AS integer)) AS i CROSS JOIN (VALUES (1), (3)) AS r(m) ON CONFLICT DO NOTHING
                """).setParameter("count", count).executeUpdate();
    }
}
