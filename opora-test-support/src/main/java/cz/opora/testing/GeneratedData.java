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
}
