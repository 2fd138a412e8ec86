package dev.replylint.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: {@code REPLYLINT_TEST_PG_URL} (which {@code .ci/run}
 * exports after starting a server on loopback), else a local default. Each test gets a schema of
 * its own. Without a reachable server the tests are skipped with the reason printed — except in CI
 * ({@code CI} set), where that is a failure.
 */
final class PostgresTestDatabase {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/replylint_test?user=replylint&password=replylint";

  private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

  private PostgresTestDatabase() {}

  /** Drops the schemas this JVM created, so repeated local runs leave the database clean. */
  static void dropCreatedSchemas() throws SQLException {
    if (CREATED.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
      for (String schema : CREATED) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    CREATED.clear();
  }

  static String baseUrl() {
    String url = System.getenv("REPLYLINT_TEST_PG_URL");
    return url == null || url.isBlank() ? DEFAULT_URL : url;
  }

  /** A JDBC URL whose current schema is new and empty. */
  static String freshSchemaUrl() {
    String base = baseUrl();
    String schema = "rl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      CREATED.add(schema);
    } catch (SQLException e) {
      String reason = "no PostgreSQL server reachable at " + HistoryStore.redactUrl(base) + " (" + e.getMessage() + ")";
      if (System.getenv("CI") != null) {
        Assertions.fail(reason + "; CI must provide one (.ci/run starts it)");
      }
      System.out.println("SKIPPED PostgreSQL tests: " + reason + "; set REPLYLINT_TEST_PG_URL");
      Assumptions.abort(reason);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
