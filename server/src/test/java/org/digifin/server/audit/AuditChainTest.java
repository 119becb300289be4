package org.digifin.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    byte[] prev = AuditChain.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      Instant at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(seq);
      byte[] after = AuditChain.digest(("state " + seq).getBytes(StandardCharsets.UTF_8));
      byte[] hash =
          AuditChain.hash(prev, seq, at, "alice", "party.create", "party", "P" + seq, null, after);
      entries.add(
          new AuditEntry(
              seq, at, "alice", "party.create", "party", "P" + seq, null, after, prev, hash));
      prev = hash;
    }
    return entries;
  }

  private static AuditEntry withActor(AuditEntry e, String actor) {
    return new AuditEntry(
        e.seq(),
        e.at(),
        actor,
        e.action(),
        e.entityType(),
        e.entityId(),
        e.beforeDigest(),
        e.afterDigest(),
        e.prevHash(),
        e.hash());
  }

  @Test
  void intactChainVerifies() {
    AuditChain.Verification v = AuditChain.verify(chain(50).iterator());
    assertThat(v.intact()).isTrue();
    assertThat(v.verified()).isEqualTo(50);
  }

  @Test
  void emptyChainIsIntact() {
    assertThat(AuditChain.verify(List.<AuditEntry>of().iterator()).intact()).isTrue();
  }

  @Test
  void alteredFieldIsFoundAtItsEntry() {
    List<AuditEntry> entries = chain(10);
    entries.set(6, withActor(entries.get(6), "mallory"));
    AuditChain.Verification v = AuditChain.verify(entries.iterator());
    assertThat(v.firstBroken()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(7));
    assertThat(v.verified()).isEqualTo(6);
  }

  @Test
  void removedEntryIsFound() {
    List<AuditEntry> entries = chain(10);
    entries.remove(3);
    AuditChain.Verification v = AuditChain.verify(entries.iterator());
    assertThat(v.firstBroken())
        .hasValueSatisfying(
            b -> {
              assertThat(b.seq()).isEqualTo(5);
              assertThat(b.reason()).contains("entry 4 is missing");
            });
  }

  @Test
  void rehashedEntryStillBreaksTheNextLink() {
    List<AuditEntry> entries = chain(10);
    AuditEntry e = entries.get(4);
    byte[] forged =
        AuditChain.hash(
            e.prevHash(),
            e.seq(),
            e.at(),
            "mallory",
            e.action(),
            e.entityType(),
            e.entityId(),
            e.beforeDigest(),
            e.afterDigest());
    entries.set(
        4,
        new AuditEntry(
            e.seq(),
            e.at(),
            "mallory",
            e.action(),
            e.entityType(),
            e.entityId(),
            e.beforeDigest(),
            e.afterDigest(),
            e.prevHash(),
            forged));
    AuditChain.Verification v = AuditChain.verify(entries.iterator());
    assertThat(v.firstBroken()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(6));
  }

  @Test
  void nullAndEmptyDigestsHashDifferently() {
    Instant at = Instant.EPOCH;
    byte[] a = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", null, null);
    byte[] b = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", new byte[0], null);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void fieldsDoNotRunTogether() {
    Instant at = Instant.EPOCH;
    byte[] a = AuditChain.hash(AuditChain.GENESIS, 1, at, "ab", "c", "t", "i", null, null);
    byte[] b = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "bc", "t", "i", null, null);
    assertThat(a).isNotEqualTo(b);
  }
}
