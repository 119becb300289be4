package org.digifin.server.audit;

import java.util.HexFormat;
import java.util.List;
import org.digifin.server.web.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail: read it, and verify its hash chain. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private static final HexFormat HEX = HexFormat.of();

  private final AuditLog audit;

  public AuditController(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * An audit entry as the API shows it, digests in hex.
   *
   * @param seq position in the chain
   * @param at when
   * @param actor who
   * @param action what
   * @param entityType kind of thing changed
   * @param entityId which
   * @param beforeDigest hex SHA-256 of the state before, or null
   * @param afterDigest hex SHA-256 of the state after, or null
   * @param hash this entry's hash, hex
   */
  public record EntryView(
      long seq,
      String at,
      String actor,
      String action,
      String entityType,
      String entityId,
      String beforeDigest,
      String afterDigest,
      String hash) {

    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.seq(),
          e.at().toString(),
          e.actor(),
          e.action(),
          e.entityType(),
          e.entityId(),
          e.beforeDigest() == null ? null : HEX.formatHex(e.beforeDigest()),
          e.afterDigest() == null ? null : HEX.formatHex(e.afterDigest()),
          HEX.formatHex(e.hash()));
    }
  }

  /**
   * The verification result.
   *
   * @param intact whether every entry checks out
   * @param verified how many entries checked out, from the first
   * @param firstBrokenSeq the first entry that does not, or null
   * @param reason why it does not, or null
   */
  public record VerificationView(
      boolean intact, long verified, Long firstBrokenSeq, String reason) {

    public static VerificationView of(AuditChain.Verification v) {
      return new VerificationView(
          v.intact(),
          v.verified(),
          v.firstBroken().map(AuditChain.BrokenLink::seq).orElse(null),
          v.firstBroken().map(AuditChain.BrokenLink::reason).orElse(null));
    }
  }

  @GetMapping
  public List<EntryView> entries(
      @RequestParam(defaultValue = "1") long from, @RequestParam(defaultValue = "100") int size) {
    PageRequest page = new PageRequest(0, size);
    return audit.page(from, page.size()).stream().map(EntryView::of).toList();
  }

  @GetMapping("/verify")
  public VerificationView verify() {
    return VerificationView.of(audit.verify());
  }
}
