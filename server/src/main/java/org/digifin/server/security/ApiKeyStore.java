package org.digifin.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.digifin.basics.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys for machine clients. A key reads {@code dgf_<id>_<secret>}: the id finds the row, and
 * only SHA-256 of the 256-bit secret is stored, so a leaked database does not leak usable keys. (A
 * fast hash is right here: the secret is random, not a password to be guessed.)
 */
@Repository
public class ApiKeyStore {

  private static final Pattern KEY = Pattern.compile("dgf_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
  private static final HexFormat HEX = HexFormat.of();

  /**
   * How long a verified key's row is trusted before it is read again. A key revoked through this
   * server stops working at once; one revoked through another node within this time.
   */
  private static final long CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

  private static final int CACHE_MAX = 10_000;

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Cached> verified = new ConcurrentHashMap<>();

  public ApiKeyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates a key and returns it in full; this is the only time it is seen. */
  public IssuedKey create(String name, Set<Role> roles, String createdBy) {
    Checks.maxLength(Checks.notBlank(name, "name"), 100, "name");
    Checks.check(!roles.isEmpty(), "api_key.roles", "roles", "a key needs at least one role");
    byte[] idBytes = new byte[6];
    random.nextBytes(idBytes);
    String id = HEX.formatHex(idBytes);
    byte[] secretBytes = new byte[32];
    random.nextBytes(secretBytes);
    String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    jdbc.sql(
            "INSERT INTO api_key (id, name, secret_hash, roles, created_by)"
                + " VALUES (:id, :name, :hash, :roles, :by)")
        .param("id", id)
        .param("name", name)
        .param("hash", sha256(secret))
        .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
        .param("by", createdBy)
        .update();
    return new IssuedKey(id, name, "dgf_" + id + "_" + secret, roles);
  }

  /** The key's holder, if {@code presented} is a live key. Constant-time on the secret. */
  public Optional<KeyHolder> authenticate(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    Matcher m = KEY.matcher(presented.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(1);
    byte[] hash = sha256(m.group(2));
    Cached cached = verified.get(id);
    long now = System.nanoTime();
    if (cached == null || now - cached.loadedAt() > CACHE_NANOS) {
      cached = load(id).orElse(null);
      if (cached == null) {
        verified.remove(id);
        return Optional.empty();
      }
      if (verified.size() >= CACHE_MAX) {
        verified.clear();
      }
      verified.put(id, cached);
    }
    return MessageDigest.isEqual(cached.stored().hash(), hash)
        ? Optional.of(cached.holder())
        : Optional.empty();
  }

  private Optional<Cached> load(String id) {
    long now = System.nanoTime();
    return jdbc.sql(
            "SELECT id, name, secret_hash, roles FROM api_key WHERE id = :id AND revoked_at IS NULL")
        .param("id", id)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBytes(3),
                    (String[]) rs.getArray(4).getArray()))
        .optional()
        .map(
            stored ->
                new Cached(
                    stored,
                    new KeyHolder(
                        stored.id(),
                        stored.name(),
                        Arrays.stream(stored.roles())
                            .map(Role::valueOf)
                            .collect(Collectors.toSet())),
                    now));
  }

  /** Keys without secrets, for the admin API. */
  public List<KeyView> list() {
    return jdbc.sql(
            "SELECT id, name, roles, created_by, created_at, revoked_at FROM api_key ORDER BY created_at")
        .query(
            (rs, n) ->
                new KeyView(
                    rs.getString(1),
                    rs.getString(2),
                    List.of((String[]) rs.getArray(3).getArray()),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant(),
                    Optional.ofNullable(rs.getObject(6, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null)))
        .list();
  }

  /** Revokes a key; returns false when no live key has that id. */
  public boolean revoke(String id) {
    verified.remove(id);
    return jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
            .param("id", id)
            .update()
        == 1;
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Stored(String id, String name, byte[] hash, String[] roles) {}

  /** A live key's row as last read, with when it was read. */
  private record Cached(Stored stored, KeyHolder holder, long loadedAt) {}

  /**
   * A key just created.
   *
   * @param id the public id
   * @param name what it is for
   * @param key the full key, shown once
   * @param roles its roles
   */
  public record IssuedKey(String id, String name, String key, Set<Role> roles) {}

  /**
   * Who holds an authenticated key.
   *
   * @param id the key's id
   * @param name the key's name
   * @param roles its roles
   */
  public record KeyHolder(String id, String name, Set<Role> roles) {}

  /**
   * A key as listed.
   *
   * @param id the public id
   * @param name what it is for
   * @param roles role names
   * @param createdBy who created it
   * @param createdAt when
   * @param revokedAt when revoked, or null
   */
  public record KeyView(
      String id,
      String name,
      List<String> roles,
      String createdBy,
      Instant createdAt,
      Instant revokedAt) {}
}
