package org.digifin.risk.rule;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
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
  private final List<Program> programs;

  RuleSet(String id, String version, List<Rule> rules, List<Program> programs) {
    this.id = Checks.notBlank(id, "id");
    this.version = Checks.notBlank(version, "version");
    this.rules = List.copyOf(rules);
    this.programs = List.copyOf(programs);
  }

  /** The set's id. */
  public String id() {
    return id;
  }

  /** The set's version, recorded in every decision. */
  public String version() {
    return version;
  }

  /** The rules, in evaluation order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Evaluates every rule and returns those that fired, in rule order. A rule whose evaluation fails
   * at runtime (e.g. division by zero) does not fire and is reported in {@code errors} as {@code
   * ruleId: message}. O(rules) CEL evaluations.
   */
  public List<RuleHit> evaluate(RuleInput input, List<String> errors) {
    Map<String, Object> activation = input.activation();
    List<RuleHit> fired = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      try {
        if (Boolean.TRUE.equals(programs.get(i).eval(activation))) {
          fired.add(new RuleHit(rule, rule.shadow() ? 0 : rule.weight()));
        }
      } catch (CelEvaluationException e) {
        errors.add(rule.id() + ": " + e.getMessage());
      }
    }
    return fired;
  }
}
