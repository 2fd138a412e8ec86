package dev.replylint.history;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/**
 * The history of replies a team has sent, in SQLite (one file, the default) or PostgreSQL (shared
 * by a team), through one JDBC code path. Each reply row points at the signature row of its
 * normalised text; each signature has {@link Fingerprint#BANDS} LSH band keys in an indexed table,
 * so finding near-copies is one indexed query for candidates and a few to verify them.
 *
 * <p>Opening never changes a file that is not a replylint history: it is checked first (SQLite
 * header, size, the {@code replylint_meta} table) and refused with a {@link HistoryException}.
 * The schema is versioned in {@code replylint_meta} and migrated on open. Methods are
 * synchronized: one store may serve several threads, each process opens its own.
 */
public final class HistoryStore implements HistoryLookup, AutoCloseable {
  public static final int SCHEMA_VERSION = 2;
  static final String APPLICATION = "replylint-history";

  /** Candidates verified per lookup, best band agreement first. */
  private static final int CANDIDATES = 24;

  /**
   * Newest signatures read per band key. A key shared by thousands of signatures belongs to a
   * family of near-identical texts, whose members share other keys too; reading all of them would
   * make a lookup cost grow with the history.
   */
  private static final int ROWS_PER_BAND = 200;

  private static final int BATCH = 2_000;

  /** Replies read and fingerprinted ahead of the writer, per hand-over. */
  private static final int CHUNK = 1_024;

  /** Distinct texts an import remembers having computed band keys for (bounds its memory). */
  private static final int SEEN_LIMIT = 1 << 20;

  /** Band entries buffered by an import before they are sorted and written (8 bytes each). */
  private static final int BAND_BUFFER = 1 << 21;

  /**
   * A band entry is one 64-bit integer: the high 32 bits of the band key, then the signature id.
   * One integer column (SQLite's rowid itself) instead of a (key, id) pair with a foreign key
   * halves what every new text costs an import; a lookup reads one key's entries as a range.
   * 32 bits of key still leave a wrong key match about once in 200 lookups on a 1M-text history,
   * and candidates are verified by exact Jaccard anyway.
   */
  static final long BAND_KEY_BITS = 0xFFFF_FFFF_0000_0000L;

  static final long SIGNATURE_ID_BITS = 0xFFFF_FFFFL;
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  enum Dialect {
    // In SQLite only the exact type name INTEGER makes the primary key the rowid itself.
    SQLITE("INTEGER PRIMARY KEY", "INTEGER PRIMARY KEY"),
    POSTGRESQL("BIGSERIAL PRIMARY KEY", "BIGINT PRIMARY KEY");

    final String autoId;
    final String bandEntry;

    Dialect(String autoId, String bandEntry) {
      this.autoId = autoId;
      this.bandEntry = bandEntry;
    }
  }

  private final String location;
  private final Connection connection;
  private final Dialect dialect;
  private final int schemaVersion;

  /**
   * Statements kept for the life of the store: preparing the 20-band lookup query costs more than
   * running it, and an import would otherwise prepare one statement per new text.
   */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private HistoryStore(String location, Connection connection, Dialect dialect, int schemaVersion) {
    this.location = location;
    this.connection = connection;
    this.dialect = dialect;
    this.schemaVersion = schemaVersion;
  }

  /** True for locations that name a database server rather than a file. */
  public static boolean isJdbcUrl(String location) {
    return location.startsWith("jdbc:");
  }

  /**
   * Opens the history at a file path or a {@code jdbc:postgresql://} / {@code jdbc:sqlite:} URL.
   * A missing SQLite file is created (owner-only) when {@code create} is true, else refused.
   */
  public static HistoryStore open(String location, boolean create) {
    if (location.startsWith("jdbc:postgresql:")) {
      return openPostgres(location);
    }
    if (location.startsWith("jdbc:sqlite:")) {
      return openSqlite(Path.of(location.substring("jdbc:sqlite:".length())), location, create);
    }
    if (isJdbcUrl(location)) {
      throw new HistoryException(location + ": only jdbc:postgresql:// and jdbc:sqlite: URLs are supported");
    }
    return openSqlite(Path.of(location), location, create);
  }

  // ---- opening -------------------------------------------------------------------------------

  private static HistoryStore openSqlite(Path file, String location, boolean create) {
    if (Files.isDirectory(file)) {
      throw new HistoryException(location + ": is a directory, not a replylint history");
    }
    if (!Files.exists(file)) {
      if (!create) {
        throw new HistoryException(
            location + ": no history there (create one with `replylint history import`, `history add` or `check --record`)");
      }
      createSqlite(file, location);
    }
    checkSqliteFile(file, location);
    // Look before touching: a read-only connection cannot change someone else's database.
    try (Connection probe = sqliteConnection(file, true)) {
      readSchemaVersion(probe, Dialect.SQLITE, location);
    } catch (SQLException e) {
      throw notAHistory(location, e);
    }
    Connection connection = null;
    try {
      connection = sqliteConnection(file, false);
      int version = migrate(connection, Dialect.SQLITE, location);
      return new HistoryStore(location, connection, Dialect.SQLITE, version);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw notAHistory(location, e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static Connection sqliteConnection(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(30_000);
    // Writers take the lock when they begin, so two writers never deadlock on an upgrade.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Band keys are random, so a large import touches pages all over the band table.
    config.setCacheSize(-65_536);
    config.enforceForeignKeys(true);
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
  }

  /**
   * Builds the new store beside its final name and links it into place, so no other process ever
   * sees a half-made history; the loser of a race simply opens the winner's file.
   */
  private static void createSqlite(Path file, String location) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".replylint-history-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Connection c = sqliteConnection(temp, false)) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
          rs.next();
        }
        c.setAutoCommit(false);
        createSchema(c, Dialect.SQLITE);
        c.commit();
      }
      try {
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException raced) {
        // Another process created it first; use theirs.
      }
    } catch (IOException | SQLException | UnsupportedOperationException e) {
      throw new HistoryException(location + ": cannot create the history: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
          Files.deleteIfExists(Path.of(temp + "-wal"));
          Files.deleteIfExists(Path.of(temp + "-shm"));
        } catch (IOException ignored) {
          // A stray temp file is harmless; the history itself is in place.
        }
      }
    }
  }

  /** Refuses text files, empty files and truncated databases before SQLite sees them. */
  private static void checkSqliteFile(Path file, String location) {
    // A checkpoint in another process writes the header's new page count before it extends the
    // file, so a short file is only truncated if it stays short while no write-ahead log is live.
    for (int attempt = 0; ; attempt++) {
      long[] sizes = readHeader(file, location);
      long actual = sizes[0];
      long expected = sizes[1];
      if (actual >= expected) {
        return;
      }
      if (Files.exists(Path.of(file + "-wal")) || attempt < 5) {
        if (attempt >= 50) {
          return;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        continue;
      }
      throw new HistoryException(
          location + ": the history is truncated (" + actual + " bytes, its header says " + expected + "); refusing to touch it");
    }
  }

  /** The file's size and the size its SQLite header claims (0 when the header does not say). */
  private static long[] readHeader(Path file, String location) {
    byte[] header = new byte[100];
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      int n = in.readNBytes(header, 0, header.length);
      if (n < header.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
        throw new HistoryException(location + ": not a replylint history (not an SQLite database); refusing to touch it");
      }
    } catch (IOException e) {
      throw new HistoryException(location + ": cannot read the history: " + e.getMessage(), e);
    }
    ByteBuffer b = ByteBuffer.wrap(header);
    int pageSize = Short.toUnsignedInt(b.getShort(16));
    long pageBytes = pageSize == 1 ? 65_536 : pageSize;
    long pages = Integer.toUnsignedLong(b.getInt(28));
    boolean sizeValid = b.getInt(24) == b.getInt(92);
    return new long[] {size, sizeValid ? pages * pageBytes : 0};
  }

  private static HistoryStore openPostgres(String url) {
    Connection connection = null;
    try {
      Properties props = new Properties();
      props.setProperty("ApplicationName", "replylint");
      connection = DriverManager.getConnection(url, props);
      String where = redactUrl(url);
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        // Two replylint processes creating the same empty database at once: one creates, one waits.
        s.execute("SELECT pg_advisory_xact_lock(7283917)");
      }
      boolean fresh = !tableExists(connection, Dialect.POSTGRESQL, "replylint_meta");
      if (fresh) {
        if (hasOtherTables(connection)) {
          connection.rollback();
          throw new HistoryException(where + ": not a replylint history (the database holds other tables); refusing to touch it");
        }
        createSchema(connection, Dialect.POSTGRESQL);
      }
      connection.commit();
      connection.setAutoCommit(true);
      int version = migrate(connection, Dialect.POSTGRESQL, where);
      return new HistoryStore(where, connection, Dialect.POSTGRESQL, version);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      if (e instanceof HistoryException h) {
        throw h;
      }
      throw new HistoryException(redactUrl(url) + ": cannot open the history: " + redactUrl(String.valueOf(e.getMessage())), e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  /** Never echo a password given in the URL. */
  static String redactUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static boolean hasOtherTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static boolean tableExists(Connection c, Dialect dialect, String table) throws SQLException {
    String sql =
        dialect == Dialect.SQLITE
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
            : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static int readSchemaVersion(Connection c, Dialect dialect, String location) throws SQLException {
    if (!tableExists(c, dialect, "replylint_meta")) {
      throw new HistoryException(location + ": not a replylint history (a database without replylint's tables); refusing to touch it");
    }
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM replylint_meta")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    if (!APPLICATION.equals(meta.get("application"))) {
      throw new HistoryException(location + ": not a replylint history (replylint_meta names " + meta.get("application") + ")");
    }
    int version;
    try {
      version = Integer.parseInt(meta.getOrDefault("schema", ""));
    } catch (NumberFormatException e) {
      throw new HistoryException(location + ": damaged replylint history (no schema version)");
    }
    if (version > SCHEMA_VERSION) {
      throw new HistoryException(
          location + ": written by a newer replylint (history schema " + version + ", this version reads up to " + SCHEMA_VERSION + ")");
    }
    return version;
  }

  /**
   * Brings an older schema up to {@link #SCHEMA_VERSION}, one step per version, each step in the
   * same transaction as the version bump. Version 1 is the first; later steps go in {@code MIGRATIONS}.
   */
  private static int migrate(Connection c, Dialect dialect, String location) throws SQLException {
    int version = readSchemaVersion(c, dialect, location);
    while (version < SCHEMA_VERSION) {
      c.setAutoCommit(false);
      try {
        if (dialect == Dialect.POSTGRESQL) {
          // SQLite's immediate transaction already serialises migrating processes; PostgreSQL's does not.
          try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(7283917)");
          }
        }
        int current = readSchemaVersion(c, dialect, location);
        if (current == version) {
          MIGRATIONS.get(version - 1).apply(c, dialect);
          try (PreparedStatement ps = c.prepareStatement("UPDATE replylint_meta SET value = ? WHERE name = 'schema'")) {
            ps.setString(1, Integer.toString(version + 1));
            ps.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      version = readSchemaVersion(c, dialect, location);
    }
    return version;
  }

  @FunctionalInterface
  private interface Migration {
    void apply(Connection c, Dialect dialect) throws SQLException;
  }

  /** Step i takes schema i+1 to i+2. */
  private static final List<Migration> MIGRATIONS = List.of(HistoryStore::packBandEntries);

  /**
   * Schema 1 to 2: band rows (band_key, signature_id) become single entries (key's high bits |
   * id), computed from the stored rows; sorted, so SQLite appends instead of searching.
   */
  private static void packBandEntries(Connection c, Dialect d) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE band_entry (entry " + d.bandEntry + ")");
      s.execute(
          "INSERT INTO band_entry (entry) SELECT DISTINCT (band_key & " + BAND_KEY_BITS + ") | signature_id FROM band ORDER BY 1");
      s.execute("DROP TABLE band");
      s.execute("ALTER TABLE band_entry RENAME TO band");
    }
  }

  private static void createSchema(Connection c, Dialect d) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE replylint_meta (name VARCHAR(64) PRIMARY KEY, value VARCHAR(256) NOT NULL)");
      s.execute(
          "CREATE TABLE signature (id " + d.autoId + ", text_hash BIGINT NOT NULL UNIQUE, normalised TEXT NOT NULL, words INTEGER NOT NULL)");
      s.execute("CREATE TABLE band (entry " + d.bandEntry + ")");
      s.execute(
          "CREATE TABLE reply (id " + d.autoId + ", text TEXT NOT NULL, signature_id BIGINT NOT NULL REFERENCES signature(id),"
              + " agent VARCHAR(200), channel VARCHAR(100), sent_at BIGINT NOT NULL, source VARCHAR(1000))");
      s.execute("CREATE INDEX reply_signature_sent ON reply (signature_id, sent_at)");
      s.execute("CREATE INDEX reply_sent ON reply (sent_at)");
      s.execute("INSERT INTO replylint_meta (name, value) VALUES ('application', '" + APPLICATION + "')");
      s.execute("INSERT INTO replylint_meta (name, value) VALUES ('schema', '" + SCHEMA_VERSION + "')");
    }
  }

  private static HistoryException notAHistory(String location, SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (message.contains("NOTADB") || message.contains("not a database")) {
      return new HistoryException(location + ": not a replylint history (not an SQLite database); refusing to touch it", e);
    }
    if (message.contains("CORRUPT") || message.contains("malformed")) {
      return new HistoryException(location + ": the history is damaged (" + message + "); refusing to touch it", e);
    }
    return new HistoryException(location + ": cannot open the history: " + message, e);
  }

  // ---- writing -------------------------------------------------------------------------------

  public String location() {
    return location;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  /** Records one reply and returns its id. */
  public synchronized long add(NewReply reply, List<Pattern> placeholders) {
    Fingerprinted item = Fingerprinted.of(reply, placeholders, true);
    return inTransaction(
        () -> {
          BandRows bands = new BandRows(Fingerprint.BANDS);
          long signature = signatureId(item, new HashMap<>(), bands);
          bands.flush();
          PreparedStatement ps =
              prepared("INSERT INTO reply (text, signature_id, agent, channel, sent_at, source) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
          bindReply(ps, reply, signature);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** A reply with what the store keeps of its fingerprint, computed off the writing thread. */
  private record Fingerprinted(NewReply reply, long textHash, String normalised, int words, long[] bandKeys) {
    static Fingerprinted of(NewReply reply, List<Pattern> placeholders, boolean withBandKeys) {
      Fingerprint fp = Fingerprint.of(reply.text(), placeholders);
      return new Fingerprinted(reply, fp.textHash(), fp.normalised(), fp.words(), withBandKeys ? fp.bandKeys() : null);
    }
  }

  /**
   * Reads the next chunk of replies and fingerprints them. Band keys (the MinHash, most of the
   * cost) are computed only for the first reply of each normalised text in this import: the
   * others reuse its signature row.
   */
  private static List<Fingerprinted> fingerprintChunk(Iterator<NewReply> replies, List<Pattern> placeholders, Set<Long> seen) {
    List<Fingerprinted> chunk = new ArrayList<>(CHUNK);
    while (chunk.size() < CHUNK && replies.hasNext()) {
      NewReply reply = replies.next();
      Fingerprint fp = Fingerprint.of(reply.text(), placeholders);
      long hash = fp.textHash();
      if (seen.size() >= SEEN_LIMIT) {
        // Forgetting only costs recomputing keys; the writer computes any it finds missing.
        seen.clear();
      }
      long[] keys = seen.add(hash) ? fp.bandKeys() : null;
      chunk.add(new Fingerprinted(reply, hash, fp.normalised(), fp.words(), keys));
    }
    return chunk;
  }

  /**
   * Records every reply in one transaction: all of them, or (on any error, including one thrown
   * by the iterator while reading the input) none. Returns how many were recorded.
   *
   * <p>One helper thread reads and fingerprints the next chunk of replies while this thread writes
   * the current one, so parsing, normalising and MinHash overlap the database work. The iterator
   * is only ever used by one thread at a time (chunks are read in order by a single thread).
   */
  public synchronized long addAll(Iterable<NewReply> replies, List<Pattern> placeholders) {
    Iterator<NewReply> source = replies.iterator();
    Set<Long> seen = new HashSet<>();
    ExecutorService fingerprinter =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "replylint-history-fingerprint");
              t.setDaemon(true);
              return t;
            });
    try {
      return inTransaction(
          () -> {
            Map<Long, Long> signatures = new HashMap<>();
            BandRows bands = new BandRows(BAND_BUFFER);
            long count = 0;
            if (dialect == Dialect.SQLITE) {
              try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA cache_size = -262144");
              }
            }
            try {
              PreparedStatement ps = prepared("INSERT INTO reply (text, signature_id, agent, channel, sent_at, source) VALUES (?, ?, ?, ?, ?, ?)");
              Future<List<Fingerprinted>> next = fingerprinter.submit(() -> fingerprintChunk(source, placeholders, seen));
              while (true) {
                List<Fingerprinted> chunk = await(next);
                if (chunk.isEmpty()) {
                  break;
                }
                next = fingerprinter.submit(() -> fingerprintChunk(source, placeholders, seen));
                for (Fingerprinted item : chunk) {
                  long signature = signatureId(item, signatures, bands);
                  bindReply(ps, item.reply(), signature);
                  ps.addBatch();
                  if (++count % BATCH == 0) {
                    ps.executeBatch();
                  }
                  if (bands.full()) {
                    bands.flush();
                  }
                }
              }
              ps.executeBatch();
              bands.flush();
            } finally {
              if (dialect == Dialect.SQLITE) {
                try (Statement s = connection.createStatement()) {
                  s.execute("PRAGMA cache_size = -65536");
                }
              }
            }
            return count;
          });
    } finally {
      // After a failure a chunk may still be being read: let it finish (at most CHUNK replies),
      // so the caller never closes its input while another thread reads it.
      fingerprinter.shutdown();
      try {
        fingerprinter.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The chunk, or the reader's or fingerprinter's own exception (which rolls the import back). */
  private static List<Fingerprinted> await(Future<List<Fingerprinted>> chunk) {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new HistoryException("reading the replies failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HistoryException("import interrupted", e);
    }
  }

  private void bindReply(PreparedStatement ps, NewReply reply, long signature) throws SQLException {
    ps.setString(1, reply.text());
    ps.setLong(2, signature);
    setNullable(ps, 3, reply.agent());
    setNullable(ps, 4, reply.channel());
    ps.setLong(5, reply.sentAt().toEpochMilli());
    setNullable(ps, 6, reply.source());
  }

  private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /** The signature row of a normalised text, made with its band keys the first time it is seen. */
  private long signatureId(Fingerprinted fp, Map<Long, Long> known, BandRows bands) throws SQLException {
    long hash = fp.textHash();
    Long cached = known.get(hash);
    if (cached != null) {
      return cached;
    }
    long id = -1;
    PreparedStatement insert =
        prepared("INSERT INTO signature (text_hash, normalised, words) VALUES (?, ?, ?) ON CONFLICT (text_hash) DO NOTHING RETURNING id");
    insert.setLong(1, hash);
    insert.setString(2, fp.normalised());
    insert.setInt(3, fp.words());
    try (ResultSet rs = insert.executeQuery()) {
      if (rs.next()) {
        id = rs.getLong(1);
      }
    }
    if (id >= 0) {
      if (id > SIGNATURE_ID_BITS) {
        throw new HistoryException(location + ": more distinct texts than the band index can number (" + id + ")");
      }
      // Band keys are computed once per text per import, for the first reply of that text, which
      // is the one that reaches this point.
      long[] keys = fp.bandKeys() != null ? fp.bandKeys() : Fingerprint.ofNormalised(fp.normalised()).bandKeys();
      for (long key : keys) {
        bands.add((key & BAND_KEY_BITS) | id);
      }
    } else {
      PreparedStatement select = prepared("SELECT id FROM signature WHERE text_hash = ?");
      select.setLong(1, hash);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("signature " + hash + " vanished");
        }
        id = rs.getLong(1);
      }
    }
    known.put(hash, id);
    return id;
  }

  /**
   * Band entries waiting to be written, flushed in order: the keys are random, and writing them
   * sorted turns an import's scattered B-tree inserts into a few sweeps over the index.
   */
  private final class BandRows {
    private long[] entries;
    private int size;

    BandRows(int capacity) {
      entries = new long[capacity];
    }

    void add(long entry) {
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = entry;
    }

    boolean full() {
      return size >= entries.length - Fingerprint.BANDS;
    }

    void flush() throws SQLException {
      if (size == 0) {
        return;
      }
      Arrays.sort(entries, 0, size);
      PreparedStatement ps = prepared("INSERT INTO band (entry) VALUES (?) ON CONFLICT DO NOTHING");
      for (int i = 0; i < size; i++) {
        ps.setLong(1, entries[i]);
        ps.addBatch();
        if ((i + 1) % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      size = 0;
    }
  }

  /** Deletes replies sent before the instant, and signatures no reply uses any more. */
  public synchronized long pruneBefore(Instant before) {
    return inTransaction(
        () -> {
          long deleted;
          try (PreparedStatement ps = connection.prepareStatement("DELETE FROM reply WHERE sent_at < ?")) {
            ps.setLong(1, before.toEpochMilli());
            deleted = ps.executeUpdate();
          }
          // A signature's band rows are found again from its text, so the band table needs no
          // second index (which would double the cost of every import).
          List<long[]> orphans = new ArrayList<>();
          try (Statement s = connection.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT s.id, s.normalised FROM signature s WHERE NOT EXISTS (SELECT 1 FROM reply r WHERE r.signature_id = s.id)")) {
            while (rs.next()) {
              long[] keys = Fingerprint.ofNormalised(rs.getString(2)).bandKeys();
              long[] row = Arrays.copyOf(keys, keys.length + 1);
              row[keys.length] = rs.getLong(1);
              orphans.add(row);
            }
          }
          try (PreparedStatement bands = connection.prepareStatement("DELETE FROM band WHERE entry = ?");
              PreparedStatement signatures = connection.prepareStatement("DELETE FROM signature WHERE id = ?")) {
            for (long[] row : orphans) {
              long id = row[row.length - 1];
              for (int i = 0; i < row.length - 1; i++) {
                bands.setLong(1, (row[i] & BAND_KEY_BITS) | id);
                bands.addBatch();
              }
              signatures.setLong(1, id);
              signatures.addBatch();
            }
            bands.executeBatch();
            signatures.executeBatch();
          }
          return deleted;
        });
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new HistoryException(location + ": " + e.getMessage(), e);
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  @Override
  public synchronized Optional<EarlierReply> closest(SimilarityQuery query) {
    Fingerprint draft = query.draft();
    long[] keys = draft.bandKeys();
    if (keys.length == 0) {
      return Optional.empty();
    }
    try {
      List<Long> candidates = new ArrayList<>();
      // A template filled in again normalises to the very same text: one unique-index probe finds
      // it however many near-identical texts crowd its band keys. Nothing can be more alike, so
      // when a reply of that text is in the window the band query is not needed at all.
      PreparedStatement exact = prepared("SELECT id FROM signature WHERE text_hash = ?");
      exact.setLong(1, draft.textHash());
      try (ResultSet rs = exact.executeQuery()) {
        if (rs.next()) {
          candidates.add(rs.getLong(1));
        }
      }
      if (!candidates.isEmpty() && query.threshold() <= 1.0) {
        Optional<EarlierReply> same = newestReply(candidates.get(0), 1.0, query);
        if (same.isPresent()) {
          return same;
        }
      }
      PreparedStatement banded = prepared(CANDIDATE_SQL);
      for (int i = 0; i < keys.length; i++) {
        long first = keys[i] & BAND_KEY_BITS;
        banded.setLong(2 * i + 1, first);
        banded.setLong(2 * i + 2, first | SIGNATURE_ID_BITS);
      }
      try (ResultSet rs = banded.executeQuery()) {
        while (rs.next()) {
          if (!candidates.contains(rs.getLong(1))) {
            candidates.add(rs.getLong(1));
          }
        }
      }
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      record Verified(long signature, double similarity) {}
      List<Verified> verified = new ArrayList<>();
      StringBuilder ids = new StringBuilder();
      for (int i = 0; i < candidates.size(); i++) {
        ids.append(i == 0 ? "?" : ", ?");
      }
      PreparedStatement texts = prepared("SELECT id, normalised FROM signature WHERE id IN (" + ids + ")");
      for (int i = 0; i < candidates.size(); i++) {
        texts.setLong(i + 1, candidates.get(i));
      }
      try (ResultSet rs = texts.executeQuery()) {
        while (rs.next()) {
          double similarity = draft.jaccard(Fingerprint.ofNormalised(rs.getString(2)));
          if (similarity >= query.threshold()) {
            verified.add(new Verified(rs.getLong(1), similarity));
          }
        }
      }
      verified.sort(Comparator.comparingDouble(Verified::similarity).reversed());
      for (Verified v : verified) {
        Optional<EarlierReply> newest = newestReply(v.signature(), v.similarity(), query);
        if (newest.isPresent()) {
          return newest;
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new HistoryException(location + ": lookup failed: " + e.getMessage(), e);
    }
  }

  /** The newest reply of a signature inside the query's window (and by its agent, if it names one). */
  private Optional<EarlierReply> newestReply(long signature, double similarity, SimilarityQuery query) throws SQLException {
    PreparedStatement newest =
        prepared(
            "SELECT id, text, agent, channel, sent_at FROM reply WHERE signature_id = ? AND sent_at >= ?"
                + (query.agent() == null ? "" : " AND agent = ?")
                + " ORDER BY sent_at DESC LIMIT 1");
    newest.setLong(1, signature);
    newest.setLong(2, query.notBefore() == null ? Long.MIN_VALUE : query.notBefore().toEpochMilli());
    if (query.agent() != null) {
      newest.setString(3, query.agent());
    }
    try (ResultSet rs = newest.executeQuery()) {
      if (rs.next()) {
        return Optional.of(
            new EarlierReply(
                rs.getLong(1), null, rs.getString(2), rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), similarity));
      }
    }
    return Optional.empty();
  }

  /** Signatures sharing the most band keys with the draft: one bounded index range per band. */
  private static final String CANDIDATE_SQL = candidateSql();

  private static String candidateSql() {
    StringBuilder union = new StringBuilder();
    for (int i = 0; i < Fingerprint.BANDS; i++) {
      union.append(i == 0 ? "" : " UNION ALL ")
          .append("SELECT entry & " + SIGNATURE_ID_BITS + " AS signature_id FROM (SELECT entry FROM band WHERE entry BETWEEN ? AND ? ORDER BY entry DESC LIMIT ")
          .append(ROWS_PER_BAND)
          .append(") b")
          .append(i);
    }
    return "SELECT signature_id, count(*) AS hits FROM (" + union + ") hit GROUP BY signature_id ORDER BY hits DESC, signature_id DESC LIMIT " + CANDIDATES;
  }

  public synchronized HistoryStats stats() {
    try (Statement s = connection.createStatement()) {
      long replies;
      long agents;
      Instant oldest = null;
      Instant newest = null;
      try (ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT agent), min(sent_at), max(sent_at) FROM reply")) {
        rs.next();
        replies = rs.getLong(1);
        agents = rs.getLong(2);
        if (replies > 0) {
          oldest = Instant.ofEpochMilli(rs.getLong(3));
          newest = Instant.ofEpochMilli(rs.getLong(4));
        }
      }
      long distinct;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM signature")) {
        rs.next();
        distinct = rs.getLong(1);
      }
      return new HistoryStats(location, schemaVersion, replies, distinct, agents, oldest, newest);
    } catch (SQLException e) {
      throw new HistoryException(location + ": " + e.getMessage(), e);
    }
  }

  /** Every reply, oldest first. */
  public synchronized void export(Consumer<StoredReply> sink) {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT r.id, r.text, s.normalised, r.agent, r.channel, r.sent_at, r.source FROM reply r"
                    + " JOIN signature s ON s.id = r.signature_id ORDER BY r.sent_at, r.id")) {
      while (rs.next()) {
        sink.accept(
            new StoredReply(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7)));
      }
    } catch (SQLException e) {
      throw new HistoryException(location + ": " + e.getMessage(), e);
    }
  }

  /** The store's prepared statement for this SQL, prepared on first use; never close it. */
  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    ps.clearParameters();
    return ps;
  }

  @Override
  public synchronized void close() {
    try {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException e) {
      throw new HistoryException(location + ": " + e.getMessage(), e);
    }
  }
}
