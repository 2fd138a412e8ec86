package dev.replylint.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes a history the way replylint wrote schema 1 (band rows as (band_key, signature_id) pairs
 * with full 64-bit keys), so tests can check that today's store still opens and migrates it.
 */
final class SchemaV1 {
  private SchemaV1() {}

  static void create(Connection c, boolean sqlite, List<NewReply> replies) throws SQLException {
    String autoId = sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE replylint_meta (name VARCHAR(64) PRIMARY KEY, value VARCHAR(256) NOT NULL)");
      s.execute("CREATE TABLE signature (id " + autoId + ", text_hash BIGINT NOT NULL UNIQUE, normalised TEXT NOT NULL, words INTEGER NOT NULL)");
      s.execute(
          "CREATE TABLE band (band_key BIGINT NOT NULL, signature_id BIGINT NOT NULL REFERENCES signature(id),"
              + " PRIMARY KEY (band_key, signature_id))" + (sqlite ? " WITHOUT ROWID" : ""));
      s.execute(
          "CREATE TABLE reply (id " + autoId + ", text TEXT NOT NULL, signature_id BIGINT NOT NULL REFERENCES signature(id),"
              + " agent VARCHAR(200), channel VARCHAR(100), sent_at BIGINT NOT NULL, source VARCHAR(1000))");
      s.execute("CREATE INDEX reply_signature_sent ON reply (signature_id, sent_at)");
      s.execute("CREATE INDEX reply_sent ON reply (sent_at)");
      s.execute("INSERT INTO replylint_meta (name, value) VALUES ('application', 'replylint-history')");
      s.execute("INSERT INTO replylint_meta (name, value) VALUES ('schema', '1')");
    }
    for (NewReply reply : replies) {
      Fingerprint fp = Fingerprint.of(reply.text(), List.of());
      long signature;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO signature (text_hash, normalised, words) VALUES (?, ?, ?) RETURNING id")) {
        ps.setLong(1, fp.textHash());
        ps.setString(2, fp.normalised());
        ps.setInt(3, fp.words());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          signature = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO band (band_key, signature_id) VALUES (?, ?)")) {
        for (long key : fp.bandKeys()) {
          ps.setLong(1, key);
          ps.setLong(2, signature);
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO reply (text, signature_id, agent, channel, sent_at, source) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, reply.text());
        ps.setLong(2, signature);
        ps.setString(3, reply.agent());
        ps.setString(4, reply.channel());
        ps.setLong(5, reply.sentAt().toEpochMilli());
        ps.setString(6, reply.source());
        ps.executeUpdate();
      }
    }
    c.commit();
    c.setAutoCommit(true);
  }

  static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
