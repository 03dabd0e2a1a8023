package cz.opora.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** EXPLAIN ANALYZE of a statement the application ran, and what its plan read and threw away. */
public final class QueryPlans {
    private QueryPlans() {
    }

    /**
     * The statement (with {@code $1, $2...}) prepared on the server and EXPLAINed with the given arguments (SQL
     * literals) under {@code plan_cache_mode} ({@code force_generic_plan}: the plan PostgreSQL may keep for a
     * statement the driver prepared on the server; {@code force_custom_plan}: planned for these values).
     */
    public static JsonNode explain(EntityManager em, String prepared, List<String> arguments, String planCacheMode) {
        String plan = QuarkusTransaction.requiringNew().call(() -> em.unwrap(org.hibernate.Session.class).doReturningWork(db -> {
            try (var statement = db.createStatement()) {
                statement.execute("SET LOCAL plan_cache_mode = " + planCacheMode);
                statement.execute("PREPARE plan_under_test AS " + prepared);
                try (var rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS OFF, FORMAT JSON) EXECUTE plan_under_test("
                        + String.join(", ", arguments) + ")")) {
                    rs.next();
                    return rs.getString(1);
                } finally {
                    statement.execute("DEALLOCATE plan_under_test");
                }
            }
        }));
        try {
            return new ObjectMapper().readTree(plan).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(plan, e);
        }
    }

    /**
     * EXPLAIN ANALYZE of a statement as Hibernate handed it to JDBC (with {@code ?}): each placeholder becomes
     * {@code $n}, bound to the SQL literal {@code argument} gives for the statement's text before it (lower case,
     * stripped: "... organization=", "... offset"); {@code argument} fails the test on a placeholder it does not know.
     */
    public static JsonNode explainRecorded(EntityManager em, String sql, Function<String, String> argument, String planCacheMode) {
        StringBuilder prepared = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        int at = 0;
        for (int i = sql.indexOf('?'); i >= 0; i = sql.indexOf('?', i + 1)) {
            String before = sql.substring(0, i).toLowerCase().strip();
            prepared.append(sql, at, i).append('$').append(arguments.size() + 1);
            at = i + 1;
            arguments.add(before.endsWith("offset") ? "0" : argument.apply(before));
        }
        prepared.append(sql.substring(at));
        return explain(em, prepared.toString(), arguments, planCacheMode);
    }

    /** The node types that read the table (Index Scan, Bitmap Heap Scan, Seq Scan...), in every node. */
    public static List<String> scans(JsonNode node, String table) {
        List<String> scans = new ArrayList<>();
        if (table.equals(node.path("Relation Name").asText())) {
            scans.add(node.path("Node Type").asText() + (node.has("Index Name") ? " " + node.get("Index Name").asText() : ""));
        }
        for (JsonNode child : node.path("Plans")) {
            scans.addAll(scans(child, table));
        }
        return scans;
    }

    /** Rows the plan read and threw away: removed by a filter, a join filter or an index recheck, in every node. */
    public static long removedRows(JsonNode node) {
        long removed = node.path("Rows Removed by Filter").asLong() + node.path("Rows Removed by Join Filter").asLong()
                + node.path("Rows Removed by Index Recheck").asLong();
        for (JsonNode child : node.path("Plans")) {
            removed += removedRows(child);
        }
        return removed;
    }

    /**
     * The most rows one node took from the table or one of its indexes (named after the table, as {@code family_...}
     * of family) (rows it returned, over all its loops, plus the rows it threw away): what a search touched of it.
     */
    public static long mostRowsTouched(JsonNode node, String table) {
        long most = 0;
        boolean read = table.equals(node.path("Relation Name").asText())
                || node.path("Index Name").asText().startsWith(table + "_") && !node.has("Relation Name");
        if (read) {
            most = node.path("Actual Rows").asLong() * Math.max(1, node.path("Actual Loops").asLong())
                    + node.path("Rows Removed by Filter").asLong() + node.path("Rows Removed by Index Recheck").asLong();
        }
        for (JsonNode child : node.path("Plans")) {
            most = Math.max(most, mostRowsTouched(child, table));
        }
        return most;
    }
}
