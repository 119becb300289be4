package org.digifin.risk.rule;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.Checks;

/**
 * Validates and compiles rules written in CEL (Common Expression Language). Every expression is
 * parsed and type-checked against the declared variables when the set is loaded, so a typo in a
 * feature name or a string compared with a number is refused with its position before the set can
 * act. Variables:
 *
 * <ul>
 *   <li>{@code amount} double, {@code tx_type} string, {@code channel} string, {@code external}
 *       bool;
 *   <li>{@code hits} list(string): the graph typologies the transaction completes, e.g. {@code
 *       'MULE' in hits};
 *   <li>{@code age} int (-1 unknown), {@code elderly} bool, {@code balance} double (-1 unknown),
 *       {@code account_age_days} int (-1 unknown);
 *   <li>{@code scores} map(string, double): model scores;
 *   <li>every declared feature, a double named after itself.
 * </ul>
 *
 * <p>The standard macros ({@code has}, {@code all}, {@code exists}, {@code map}, {@code filter})
 * are enabled.
 */
public final class RuleCompiler {

  private static final Map<String, CelType> FIXED = fixed();

  private final CelCompiler compiler;
  private final CelRuntime runtime;
  private final Set<String> featureNames;

  private RuleCompiler(Set<String> featureNames) {
    this.featureNames = featureNames;
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
    FIXED.forEach(builder::addVar);
    for (String feature : featureNames) {
      Checks.check(
          !FIXED.containsKey(feature),
          "feature.name_reserved",
          "name",
          "feature name is a rule variable: " + feature);
      builder.addVar(feature, SimpleType.DOUBLE);
    }
    compiler = builder.build();
    runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();
  }

  /** A compiler for rules over the features named {@code featureNames}. */
  public static RuleCompiler of(Set<String> featureNames) {
    return new RuleCompiler(Set.copyOf(featureNames));
  }

  private static Map<String, CelType> fixed() {
    Map<String, CelType> vars = new LinkedHashMap<>();
    vars.put("amount", SimpleType.DOUBLE);
    vars.put("tx_type", SimpleType.STRING);
    vars.put("channel", SimpleType.STRING);
    vars.put("external", SimpleType.BOOL);
    vars.put("hits", ListType.create(SimpleType.STRING));
    vars.put("age", SimpleType.INT);
    vars.put("elderly", SimpleType.BOOL);
    vars.put("balance", SimpleType.DOUBLE);
    vars.put("account_age_days", SimpleType.INT);
    vars.put("scores", MapType.create(SimpleType.STRING, SimpleType.DOUBLE));
    return vars;
  }

  /**
   * Validates and compiles {@code rules}; all or nothing.
   *
   * @throws RuleSetException listing every issue, when any rule is invalid
   */
  public RuleSet compile(String id, String version, List<Rule> rules) {
    Checks.notNull(rules, "rules");
    List<RuleIssue> issues = new ArrayList<>();
    List<CompiledRule> compiled = new ArrayList<>();
    List<String> featureSlots = new ArrayList<>();
    ConditionTranslator translator = new ConditionTranslator(featureSlots, featureNames);
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      if (!ids.add(rule.id())) {
        issues.add(new RuleIssue(rule.id(), "rule.duplicate", 0, 0, "rule id used twice"));
        continue;
      }
      CompiledRule one = compileOne(rule, translator, issues);
      if (one != null) {
        compiled.add(one);
      }
    }
    if (!issues.isEmpty()) {
      throw new RuleSetException(issues);
    }
    return new RuleSet(id, version, compiled, featureSlots);
  }

  private CompiledRule compileOne(
      Rule rule, ConditionTranslator translator, List<RuleIssue> issues) {
    CelValidationResult parsed = compiler.parse(rule.expression());
    if (parsed.hasError()) {
      report(rule, "rule.syntax", parsed, issues);
      return null;
    }
    try {
      CelValidationResult checked = compiler.check(parsed.getAst());
      if (checked.hasError()) {
        report(rule, "rule.type", checked, issues);
        return null;
      }
      CelAbstractSyntaxTree ast = checked.getAst();
      if (!ast.getResultType().equals(SimpleType.BOOL)) {
        issues.add(
            new RuleIssue(
                rule.id(),
                "rule.not_boolean",
                1,
                1,
                "a rule must be a condition (bool), not " + ast.getResultType().name()));
        return null;
      }
      Program program = runtime.createProgram(ast);
      Set<String> referenced = ConditionTranslator.referencedIdentifiers(ast);
      Condition condition = translator.translate(ast).orElse(null);
      return new CompiledRule(
          rule,
          program,
          condition,
          translator.slotsOf(referenced),
          readsOnlyHits(referenced) ? whenNoHits(program) : null);
    } catch (CelValidationException | CelEvaluationException e) {
      issues.add(new RuleIssue(rule.id(), "rule.type", 0, 0, e.getMessage()));
      return null;
    }
  }

  /** True when no declared variable but {@code hits} is referenced. */
  private boolean readsOnlyHits(Set<String> referenced) {
    for (String name : referenced) {
      if (!name.equals("hits") && (FIXED.containsKey(name) || featureNames.contains(name))) {
        return false;
      }
    }
    return true;
  }

  /** The rule's value with no graph pattern, or null when that evaluation fails. */
  private static Boolean whenNoHits(Program program) {
    try {
      return Boolean.TRUE.equals(program.eval(Map.of("hits", List.of())));
    } catch (CelEvaluationException e) {
      return null;
    }
  }

  private static void report(
      Rule rule, String code, CelValidationResult result, List<RuleIssue> issues) {
    for (CelIssue issue : result.getErrors()) {
      issues.add(
          new RuleIssue(
              rule.id(),
              code,
              issue.getSourceLocation().getLine(),
              issue.getSourceLocation().getColumn() + 1,
              issue.getMessage()));
    }
  }
}
