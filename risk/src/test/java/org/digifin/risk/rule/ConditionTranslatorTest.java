package org.digifin.risk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTranslatorTest {

  private static final RuleCompiler COMPILER = RuleCompiler.of(Set.of("f", "g"));

  private static final List<String> TRANSLATED =
      List.of(
          "amount >= 1000.0 && f > 3.0",
          "f == 0.0 || g != 0.0",
          "!(amount < balance) && age >= 60 && account_age_days != -1",
          "elderly && balance >= 0.0 && f > 0.5 * (balance + f - amount)",
          "-amount / g <= f - 1.0",
          "tx_type == 'TRANSFER' && channel != 'MOBILE' || external == elderly",
          "'MULE' in hits || 'FAN_IN' in hits",
          "true && !external");

  private static final List<String> INTERPRETED =
      List.of(
          "['CYCLE', 'STACK'].exists(t, t in hits)",
          "1 / (age - 30) > 0",
          "size(scores) == 0",
          "age + 1 > 61",
          "tx_type < 'Z'");

  private static RuleInput input(Random random) {
    double[] edge = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, 1e12};
    return new RuleInput(
        random.nextInt(4) == 0 ? edge[random.nextInt(edge.length)] : random.nextDouble() * 5000,
        random.nextBoolean() ? "TRANSFER" : "PAYMENT",
        random.nextBoolean() ? "MOBILE" : "BRANCH",
        random.nextBoolean(),
        random.nextBoolean() ? List.of() : List.of(random.nextBoolean() ? "MULE" : "CYCLE"),
        random.nextInt(100) - 1,
        random.nextBoolean(),
        random.nextInt(3) == 0 ? -1 : random.nextDouble() * 10_000,
        random.nextInt(200) - 1,
        Map.of(),
        Map.of(
            "f",
            random.nextInt(4) == 0 ? edge[random.nextInt(edge.length)] : random.nextInt(8) * 1.0,
            "g",
            random.nextInt(3) == 0 ? 0.0 : random.nextDouble()));
  }

  @Test
  void translatedConditionsAgreeWithTheInterpreter() throws Exception {
    List<Rule> rules =
        TRANSLATED.stream()
            .map(e -> Rule.of("r" + e.hashCode(), "t", e, 0.5, Action.REVIEW, "原因", "r"))
            .toList();
    RuleSet set = COMPILER.compile("s", "1", rules);
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      RuleInput input = input(random);
      RuleVariables vars = new RuleVariables(input, set.featureSlots());
      for (CompiledRule c : set.compiled()) {
        assertThat(c.condition()).as(c.rule().expression()).isNotNull();
        assertThat(c.condition().test(vars))
            .as(c.rule().expression() + " on " + input)
            .isEqualTo(c.program().eval(input.activation()));
      }
    }
  }

  @Test
  void everythingElseIsLeftToTheInterpreter() {
    for (String expression : INTERPRETED) {
      RuleSet set =
          COMPILER.compile(
              "s", "1", List.of(Rule.of("r", "t", expression, 0.5, Action.REVIEW, "原因", "r")));
      assertThat(set.compiled().get(0).condition()).as(expression).isNull();
    }
  }

  @Test
  void aRuleReadingOnlyHitsIsDecidedOnceForNoPattern() {
    RuleSet set =
        COMPILER.compile(
            "s",
            "1",
            List.of(
                Rule.of("none", "t", "size(hits) == 0", 0.5, Action.REVIEW, "原因", "r"),
                Rule.of(
                    "amount",
                    "t",
                    "size(hits) == 0 && amount > 1.0",
                    0.5,
                    Action.REVIEW,
                    "原因",
                    "r")));
    assertThat(set.compiled().get(0).whenNoHits()).isTrue();
    assertThat(set.compiled().get(1).whenNoHits()).isNull();
  }

  @Test
  void aMissingFeatureIsLeftToTheInterpreter() {
    RuleSet set =
        COMPILER.compile(
            "s", "1", List.of(Rule.of("f", "t", "f > 1.0", 0.5, Action.REVIEW, "原因", "r")));
    RuleInput input =
        new RuleInput(
            1, "TRANSFER", "MOBILE", false, List.of(), 30, false, 1, 1, Map.of(), Map.of());
    Object interpreted;
    try {
      interpreted = set.compiled().get(0).program().eval(input.activation());
    } catch (dev.cel.runtime.CelEvaluationException e) {
      interpreted = "f: " + e.getMessage();
    }
    List<String> errors = new java.util.ArrayList<>();
    List<RuleHit> hits = set.evaluate(input, errors);
    if (interpreted instanceof String message) {
      assertThat(errors).containsExactly(message);
    } else {
      assertThat(errors).isEmpty();
      assertThat(hits).hasSize(Boolean.TRUE.equals(interpreted) ? 1 : 0);
    }
  }

  @Test
  void everyStarterRuleTakesAFastPath() {
    for (CompiledRule c : StarterLibrary.ruleSet().compiled()) {
      assertThat(c.condition() != null || c.whenNoHits() != null).as(c.rule().id()).isTrue();
    }
  }
}
