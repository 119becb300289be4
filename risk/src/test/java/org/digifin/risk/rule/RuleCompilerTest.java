package org.digifin.risk.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

  private final RuleCompiler compiler = RuleCompiler.of(Set.of("account_count_1h"));

  private static Rule rule(String id, String expression) {
    return Rule.of(id, "team", expression, 0.5, Action.REVIEW, "原因", "reason");
  }

  private static RuleInput input(double amount, double count, List<String> hits) {
    return new RuleInput(
        amount,
        "TRANSFER",
        "MOBILE",
        false,
        hits,
        30,
        false,
        -1,
        -1,
        Map.of(),
        Map.of("account_count_1h", count));
  }

  @Test
  void firesOnlyRulesWhoseConditionHolds() {
    RuleSet set =
        compiler.compile(
            "s",
            "1",
            List.of(
                rule("big", "amount >= 1000.0"),
                rule("busy", "account_count_1h > 3.0"),
                rule("mule", "'MULE' in hits")));
    List<String> errors = new ArrayList<>();
    List<RuleHit> hits = set.evaluate(input(5000, 1, List.of("MULE")), errors);
    assertThat(hits).extracting(h -> h.rule().id()).containsExactly("big", "mule");
    assertThat(errors).isEmpty();
  }

  @Test
  void typeErrorsAreReportedWithPositionAndStableCode() {
    assertThatThrownBy(
            () ->
                compiler.compile(
                    "s",
                    "1",
                    List.of(
                        rule("ok", "amount > 1.0"),
                        rule("bad", "amount > 1.0 &&\n  acount_count_1h > 3.0"))))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e -> {
              assertThat(e.code()).isEqualTo("rule_set.invalid");
              assertThat(e.issues()).hasSize(1);
              RuleIssue issue = e.issues().get(0);
              assertThat(issue.ruleId()).isEqualTo("bad");
              assertThat(issue.code()).isEqualTo("rule.type");
              assertThat(issue.line()).isEqualTo(2);
              assertThat(issue.column()).isEqualTo(3);
              assertThat(issue.message()).contains("acount_count_1h");
            });
  }

  @Test
  void comparingAStringWithANumberIsATypeError() {
    assertThatThrownBy(() -> compiler.compile("s", "1", List.of(rule("x", "tx_type > 3.0"))))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e -> assertThat(e.issues().get(0).code()).isEqualTo("rule.type"));
  }

  @Test
  void syntaxErrorsNonConditionsAndDuplicatesHaveTheirOwnCodes() {
    assertThatThrownBy(
            () ->
                compiler.compile(
                    "s",
                    "1",
                    List.of(rule("a", "amount >"), rule("b", "amount * 2.0"), rule("b", "true"))))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.issues())
                    .extracting(RuleIssue::code)
                    .containsExactly("rule.syntax", "rule.not_boolean", "rule.duplicate"));
  }

  @Test
  void shadowRulesFireWithoutContribution() {
    RuleSet set = compiler.compile("s", "1", List.of(rule("big", "amount >= 1.0").asShadow()));
    List<RuleHit> hits = set.evaluate(input(5, 0, List.of()), new ArrayList<>());
    assertThat(hits).singleElement().extracting(RuleHit::contribution).isEqualTo(0.0);
  }

  @Test
  void runtimeErrorsAreRecordedNotThrown() {
    RuleSet set =
        compiler.compile("s", "1", List.of(rule("div", "1 / (age - 30) > 0"), rule("ok", "true")));
    List<String> errors = new ArrayList<>();
    List<RuleHit> hits = set.evaluate(input(5, 0, List.of()), errors);
    assertThat(hits).extracting(h -> h.rule().id()).containsExactly("ok");
    assertThat(errors).singleElement().asString().startsWith("div: ");
  }

  @Test
  void theStarterLibraryCompiles() {
    RuleSet starter = StarterLibrary.ruleSet();
    assertThat(starter.rules()).hasSize(StarterLibrary.rules().size());
    assertThat(starter.version()).isEqualTo(StarterLibrary.RULE_SET_VERSION);
  }
}
