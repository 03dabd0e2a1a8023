package cz.opora.referral.domain;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * referral-service created the family projection's tables in its own migrations before opora-family-projection
 * existed, and keeps them (applied migrations are never rewritten; docs/architecture.md, "How a service is built").
 * This proves its tables are what the projection's migration creates: the same columns, types, nullability and
 * indexes. A projection change made in one place only turns it red.
 */
@QuarkusTest
class ProjectionSchemaTest {
    private static final String SCRATCH = "projection_schema_check";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void referralServicesProjectionTablesAreTheProjectionModulesOwn() throws Exception {
        String sql;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("db/opora-family-projection/V1_0_1__family_projection.sql")) {
            assertThat(in).as("the projection's migration is on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
            s.execute("CREATE SCHEMA " + SCRATCH);
            try {
                s.execute("SET search_path TO " + SCRATCH);
                s.execute(sql);
                s.execute("RESET search_path");
                assertThat(shape(s, SCRATCH)).as("the projection module's tables").isNotEmpty()
                        .containsExactlyElementsOf(shape(s, "public"));
            } finally {
                s.execute("RESET search_path");
                s.execute("DROP SCHEMA " + SCRATCH + " CASCADE");
            }
        }
    }

    /** Columns (name, type, length, nullability) and index definitions of the known_* tables in a schema. */
    private static List<String> shape(Statement s, String schema) throws Exception {
        List<String> shape = new ArrayList<>();
        try (ResultSet r = s.executeQuery("""
                SELECT table_name, column_name, data_type, coalesce(character_maximum_length, 0), is_nullable
                FROM information_schema.columns
                WHERE table_schema = '%s' AND table_name IN ('known_family', 'known_family_member', 'known_consent')
                ORDER BY table_name, column_name""".formatted(schema))) {
            while (r.next()) {
                shape.add(r.getString(1) + "." + r.getString(2) + " " + r.getString(3) + "(" + r.getInt(4) + ") "
                        + r.getString(5));
            }
        }
        try (ResultSet r = s.executeQuery("""
                SELECT indexname, replace(indexdef, '%s.', '') FROM pg_indexes
                WHERE schemaname = '%s' AND tablename IN ('known_family', 'known_family_member', 'known_consent')
                ORDER BY indexname""".formatted(schema, schema))) {
            while (r.next()) {
                shape.add(r.getString(2));
            }
        }
        return shape;
    }
}
