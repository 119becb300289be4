package org.digifin.server.console;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.digifin.server.audit.AuditChain;
import org.digifin.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The audit chain's state for the console's polled tile. Verifying walks the whole chain, which
 * grows with every change, so the result is reused for up to a minute instead of being recomputed
 * on every poll of every open console; tampering still shows within that minute. The API's {@code
 * /api/audit/verify} and the CLI always verify afresh.
 */
@Component
public class AuditStatus {

  static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final Supplier<AuditChain.Verification> verify;
  private final LongSupplier nanoTime;
  private AuditChain.Verification last;
  private long verifiedAt;

  @Autowired
  public AuditStatus(AuditLog audit) {
    this(audit::verify, System::nanoTime);
  }

  AuditStatus(Supplier<AuditChain.Verification> verify, LongSupplier nanoTime) {
    this.verify = verify;
    this.nanoTime = nanoTime;
  }

  /** The latest verification, at most {@link #MAX_AGE} old. */
  public synchronized AuditChain.Verification current() {
    long now = nanoTime.getAsLong();
    if (last == null || now - verifiedAt > MAX_AGE.toNanos()) {
      last = verify.get();
      verifiedAt = now;
    }
    return last;
  }
}
