package org.digifin.risk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleBookTest {

  @Test
  void swapPutsTheNewSetInForceAndReturnsTheOld() {
    RuleCompiler compiler = RuleCompiler.of(Set.of());
    Rule rule = Rule.of("r", "team", "amount > 1.0", 0.1, Action.REVIEW, "原因", "reason");
    RuleSet v1 = compiler.compile("s", "1", List.of(rule));
    RuleSet v2 = compiler.compile("s", "2", List.of(rule));
    RuleBook book = RuleBook.of(v1);
    assertThat(book.swap(v2)).isSameAs(v1);
    assertThat(book.current().version()).isEqualTo("2");
  }
}
