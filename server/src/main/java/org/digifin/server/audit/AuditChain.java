package org.digifin.server.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

/**
 * The hash of an audit entry and the check of a whole chain.
 *
 * <p>hash = SHA-256 over the previous hash and every field, each length-prefixed so no two
 * different entries encode alike; the instant enters as microseconds since the epoch, the precision
 * PostgreSQL keeps. Changing, removing or reordering any stored entry breaks the link at that
 * entry.
 */
public final class AuditChain {

  /** The previous hash of the first entry. */
  public static final byte[] GENESIS = new byte[32];

  private AuditChain() {}

  /** The hash of an entry with these fields following {@code prevHash}. */
  public static byte[] hash(
      byte[] prevHash,
      long seq,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      byte[] beforeDigest,
      byte[] afterDigest) {
    MessageDigest sha = sha256();
    part(sha, prevHash);
    part(sha, ByteBuffer.allocate(16).putLong(seq).putLong(micros(at)).array());
    part(sha, actor.getBytes(StandardCharsets.UTF_8));
    part(sha, action.getBytes(StandardCharsets.UTF_8));
    part(sha, entityType.getBytes(StandardCharsets.UTF_8));
    part(sha, entityId.getBytes(StandardCharsets.UTF_8));
    part(sha, beforeDigest);
    part(sha, afterDigest);
    return sha.digest();
  }

  /** SHA-256 of {@code bytes}: the digest of a state, for before/after. */
  public static byte[] digest(byte[] bytes) {
    return sha256().digest(bytes);
  }

  /**
   * Walks {@code entries} in order and returns the first broken link, or empty when every entry
   * follows its predecessor and hashes to what it stores.
   */
  public static Verification verify(Iterator<AuditEntry> entries) {
    byte[] expectedPrev = GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (entries.hasNext()) {
      AuditEntry e = entries.next();
      Optional<String> problem = Optional.empty();
      if (e.seq() != expectedSeq) {
        problem = Optional.of("entry " + expectedSeq + " is missing; next stored is " + e.seq());
      } else if (!Arrays.equals(e.prevHash(), expectedPrev)) {
        problem = Optional.of("its previous hash does not match entry " + (e.seq() - 1));
      } else {
        byte[] recomputed =
            hash(
                e.prevHash(),
                e.seq(),
                e.at(),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.beforeDigest(),
                e.afterDigest());
        if (!Arrays.equals(recomputed, e.hash())) {
          problem = Optional.of("its content does not match its hash (altered after writing)");
        }
      }
      if (problem.isPresent()) {
        return new Verification(checked, Optional.of(new BrokenLink(e.seq(), problem.get())));
      }
      checked++;
      expectedSeq++;
      expectedPrev = e.hash();
    }
    return new Verification(checked, Optional.empty());
  }

  /** Microseconds since the epoch. */
  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  private static void part(MessageDigest sha, byte[] bytes) {
    if (bytes == null) {
      sha.update(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * The outcome of a verification.
   *
   * @param verified entries that checked out, from the first
   * @param firstBroken the first entry that did not, if any
   */
  public record Verification(long verified, Optional<BrokenLink> firstBroken) {
    public boolean intact() {
      return firstBroken.isEmpty();
    }
  }

  /**
   * Where the chain breaks.
   *
   * @param seq the first entry that does not check out
   * @param reason why
   */
  public record BrokenLink(long seq, String reason) {}
}
