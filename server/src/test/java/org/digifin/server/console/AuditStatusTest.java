package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.digifin.server.audit.AuditChain;
import org.junit.jupiter.api.Test;

class AuditStatusTest {

  @Test
  void reusesAVerificationForAMinuteThenVerifiesAgain() {
    AtomicInteger walks = new AtomicInteger();
    AtomicLong clock = new AtomicLong();
    AuditStatus status =
        new AuditStatus(
            () -> new AuditChain.Verification(walks.incrementAndGet(), Optional.empty()),
            clock::get);

    assertThat(status.current().verified()).isEqualTo(1);
    clock.addAndGet(AuditStatus.MAX_AGE.toNanos());
    assertThat(status.current().verified()).isEqualTo(1);
    clock.addAndGet(1);
    assertThat(status.current().verified()).isEqualTo(2);
    assertThat(walks).hasValue(2);
  }
}
