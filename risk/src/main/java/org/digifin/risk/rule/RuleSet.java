package org.digifin.risk.rule;

import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.digifin.basics.Checks;

/**
 * A validated, compiled set of rules, immutable and safe to share between threads. Made by {@link
 * RuleCompiler#compile}; swapped at runtime through {@link RuleBook}.
 */
public final class RuleSet {

  private final String id;
  private final String version;
  private final List<Rule> rules;
  private final List<CompiledRule> compiled;
  private final List<String> featureSlots;

  RuleSet(String id, String version, List<CompiledRule> compiled, List<String> featureSlots) {
    this.id = Checks.notBlank(id, "id");
    this.version = Checks.notBlank(version, "version");
    this.compiled = List.copyOf(compiled);
    this.rules = this.compiled.stream().map(CompiledRule::rule).toList();
    this.featureSlots = List.copyOf(featureSlots);
  }

  /** The set's id. */
  public String id() {
    return id;
  }

  /** The set's version, recorded in every decision. */
  public String version() {
    return version;
  }

  List<CompiledRule> compiled() {
    return compiled;
  }

  List<String> featureSlots() {
    return featureSlots;
  }

  /** The rules, in evaluation order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Evaluates every rule and returns those that fired, in rule order. A rule whose evaluation fails
   * at runtime (e.g. division by zero) does not fire and is reported in {@code errors} as {@code
   * ruleId: message}. O(rules): rules in the translated subset of CEL run as Java conditions over
   * primitives read once per transaction, rules reading only {@code hits} are decided at compile
   * time when there is no graph pattern, and the rest go through the CEL interpreter, all with the
   * interpreter's result.
   */
  public List<RuleHit> evaluate(RuleInput input, List<String> errors) {
    RuleVariables vars = new RuleVariables(input, featureSlots);
    boolean noHits = input.hits().isEmpty();
    Map<String, Object> activation = null;
    List<RuleHit> fired = new ArrayList<>(4);
    for (CompiledRule c : compiled) {
      boolean fires;
      if (noHits && c.whenNoHits() != null) {
        fires = c.whenNoHits();
      } else if (c.condition() != null && present(vars, c.featureSlots())) {
        fires = c.condition().test(vars);
      } else {
        if (activation == null) {
          activation = input.activation();
        }
        try {
          fires = Boolean.TRUE.equals(c.program().eval(activation));
        } catch (CelEvaluationException e) {
          errors.add(c.rule().id() + ": " + e.getMessage());
          continue;
        }
      }
      if (fires) {
        Rule rule = c.rule();
        fired.add(new RuleHit(rule, rule.shadow() ? 0 : rule.weight()));
      }
    }
    return fired;
  }

  private static boolean present(RuleVariables vars, int[] slots) {
    for (int slot : slots) {
      if (!vars.present[slot]) {
        return false;
      }
    }
    return true;
  }
}
