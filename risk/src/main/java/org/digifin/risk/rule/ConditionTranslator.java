package org.digifin.risk.rule;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Translates a type-checked CEL rule into a {@link Condition} when it lies in a subset where
 * evaluation cannot fail, so plain short-circuit {@code &&}/{@code ||} give CEL's result exactly:
 * literals; the variables {@code amount}, {@code balance}, {@code age}, {@code account_age_days},
 * {@code elderly}, {@code external}, {@code tx_type}, {@code channel} and the features; {@code !},
 * {@code &&}, {@code ||}; the six comparisons between two doubles or two ints; {@code ==} and
 * {@code !=} between two strings or two bools; {@code + - * /} and unary minus on doubles (IEEE,
 * never an error in CEL); {@code 'X' in hits}. Anything else (int arithmetic, which can overflow or
 * divide by zero; mixed-type comparisons; macros; {@code scores}) is left to the CEL interpreter.
 *
 * <p>Also reports the variables an expression references, so that a rule reading only {@code hits}
 * can be decided once for the common case of no graph pattern.
 */
final class ConditionTranslator {

  private final List<String> featureSlots;
  private final Set<String> featureNames;

  /**
   * @param featureSlots the features' slot order in {@link RuleVariables}; a translated feature not
   *     yet in it is appended
   */
  ConditionTranslator(List<String> featureSlots, Set<String> featureNames) {
    this.featureSlots = featureSlots;
    this.featureNames = featureNames;
  }

  /** The declared variables {@code ast} references (comprehension variables shadowing none). */
  static Set<String> referencedIdentifiers(CelAbstractSyntaxTree ast) {
    Set<String> names = new TreeSet<>();
    collect(ast.getExpr(), names);
    return names;
  }

  private static void collect(CelExpr expr, Set<String> names) {
    switch (expr.getKind()) {
      case IDENT -> names.add(expr.ident().name());
      case CALL -> {
        expr.call().target().ifPresent(t -> collect(t, names));
        expr.call().args().forEach(a -> collect(a, names));
      }
      case LIST -> expr.list().elements().forEach(e -> collect(e, names));
      case SELECT -> collect(expr.select().operand(), names);
      case COMPREHENSION -> {
        CelExpr.CelComprehension c = expr.comprehension();
        collect(c.iterRange(), names);
        collect(c.accuInit(), names);
        collect(c.loopCondition(), names);
        collect(c.loopStep(), names);
        collect(c.result(), names);
      }
      case MAP ->
          expr.map()
              .entries()
              .forEach(
                  e -> {
                    collect(e.key(), names);
                    collect(e.value(), names);
                  });
      case STRUCT -> expr.struct().entries().forEach(e -> collect(e.value(), names));
      default -> {}
    }
  }

  /** The condition for {@code ast}, or empty when it uses anything outside the subset. */
  Optional<Condition> translate(CelAbstractSyntaxTree ast) {
    try {
      return Optional.of(bool(ast, ast.getExpr()));
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** The feature slot indices {@code ast} reads (translate first). */
  int[] slotsOf(Set<String> identifiers) {
    return identifiers.stream()
        .filter(featureNames::contains)
        .mapToInt(featureSlots::indexOf)
        .filter(i -> i >= 0)
        .toArray();
  }

  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static CelType type(CelAbstractSyntaxTree ast, CelExpr expr) throws Unsupported {
    return ast.getType(expr.id()).orElseThrow(Unsupported::new);
  }

  private Condition bool(CelAbstractSyntaxTree ast, CelExpr expr) throws Unsupported {
    switch (expr.getKind()) {
      case CONSTANT -> {
        if (expr.constant().getKind() != CelConstant.Kind.BOOLEAN_VALUE) {
          throw new Unsupported();
        }
        boolean value = expr.constant().booleanValue();
        return vars -> value;
      }
      case IDENT -> {
        return switch (expr.ident().name()) {
          case "elderly" -> vars -> vars.input.elderly();
          case "external" -> vars -> vars.input.external();
          default -> throw new Unsupported();
        };
      }
      case CALL -> {
        return call(ast, expr.call());
      }
      default -> throw new Unsupported();
    }
  }

  private Condition call(CelAbstractSyntaxTree ast, CelExpr.CelCall call) throws Unsupported {
    if (call.target().isPresent()) {
      throw new Unsupported();
    }
    List<CelExpr> args = call.args();
    switch (call.function()) {
      case "!_" -> {
        Condition operand = bool(ast, args.get(0));
        return vars -> !operand.test(vars);
      }
      case "_&&_" -> {
        Condition left = bool(ast, args.get(0));
        Condition right = bool(ast, args.get(1));
        return vars -> left.test(vars) && right.test(vars);
      }
      case "_||_" -> {
        Condition left = bool(ast, args.get(0));
        Condition right = bool(ast, args.get(1));
        return vars -> left.test(vars) || right.test(vars);
      }
      case "@in" -> {
        CelExpr list = args.get(1);
        if (list.getKind() != CelExpr.ExprKind.Kind.IDENT || !list.ident().name().equals("hits")) {
          throw new Unsupported();
        }
        Condition.OfString element = string(ast, args.get(0));
        return vars -> vars.input.hits().contains(element.value(vars));
      }
      case "_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_" -> {
        return comparison(ast, call.function(), args.get(0), args.get(1));
      }
      default -> throw new Unsupported();
    }
  }

  private Condition comparison(CelAbstractSyntaxTree ast, String op, CelExpr l, CelExpr r)
      throws Unsupported {
    CelType lt = type(ast, l);
    CelType rt = type(ast, r);
    if (!lt.equals(rt)) {
      throw new Unsupported();
    }
    if (lt.equals(SimpleType.DOUBLE)) {
      Condition.OfDouble a = number(ast, l);
      Condition.OfDouble b = number(ast, r);
      return switch (op) {
        case "_==_" -> vars -> a.value(vars) == b.value(vars);
        case "_!=_" -> vars -> a.value(vars) != b.value(vars);
        case "_<_" -> vars -> a.value(vars) < b.value(vars);
        case "_<=_" -> vars -> a.value(vars) <= b.value(vars);
        case "_>_" -> vars -> a.value(vars) > b.value(vars);
        default -> vars -> a.value(vars) >= b.value(vars);
      };
    }
    if (lt.equals(SimpleType.INT)) {
      Condition.OfLong a = integer(l);
      Condition.OfLong b = integer(r);
      return switch (op) {
        case "_==_" -> vars -> a.value(vars) == b.value(vars);
        case "_!=_" -> vars -> a.value(vars) != b.value(vars);
        case "_<_" -> vars -> a.value(vars) < b.value(vars);
        case "_<=_" -> vars -> a.value(vars) <= b.value(vars);
        case "_>_" -> vars -> a.value(vars) > b.value(vars);
        default -> vars -> a.value(vars) >= b.value(vars);
      };
    }
    if (lt.equals(SimpleType.STRING) && (op.equals("_==_") || op.equals("_!=_"))) {
      Condition.OfString a = string(ast, l);
      Condition.OfString b = string(ast, r);
      boolean equal = op.equals("_==_");
      return vars -> a.value(vars).equals(b.value(vars)) == equal;
    }
    if (lt.equals(SimpleType.BOOL) && (op.equals("_==_") || op.equals("_!=_"))) {
      Condition a = bool(ast, l);
      Condition b = bool(ast, r);
      boolean equal = op.equals("_==_");
      return vars -> (a.test(vars) == b.test(vars)) == equal;
    }
    throw new Unsupported();
  }

  private Condition.OfDouble number(CelAbstractSyntaxTree ast, CelExpr expr) throws Unsupported {
    if (!type(ast, expr).equals(SimpleType.DOUBLE)) {
      throw new Unsupported();
    }
    switch (expr.getKind()) {
      case CONSTANT -> {
        if (expr.constant().getKind() != CelConstant.Kind.DOUBLE_VALUE) {
          throw new Unsupported();
        }
        double value = expr.constant().doubleValue();
        return vars -> value;
      }
      case IDENT -> {
        String name = expr.ident().name();
        switch (name) {
          case "amount" -> {
            return vars -> vars.input.amount();
          }
          case "balance" -> {
            return vars -> vars.input.balance();
          }
          default -> {
            if (!featureNames.contains(name)) {
              throw new Unsupported();
            }
            if (!featureSlots.contains(name)) {
              featureSlots.add(name);
            }
            int slot = featureSlots.indexOf(name);
            return vars -> vars.features[slot];
          }
        }
      }
      case CALL -> {
        CelExpr.CelCall call = expr.call();
        if (call.target().isPresent()) {
          throw new Unsupported();
        }
        List<CelExpr> args = call.args();
        if (call.function().equals("-_")) {
          Condition.OfDouble operand = number(ast, args.get(0));
          return vars -> -operand.value(vars);
        }
        if (args.size() != 2) {
          throw new Unsupported();
        }
        Condition.OfDouble a = number(ast, args.get(0));
        Condition.OfDouble b = number(ast, args.get(1));
        return switch (call.function()) {
          case "_+_" -> vars -> a.value(vars) + b.value(vars);
          case "_-_" -> vars -> a.value(vars) - b.value(vars);
          case "_*_" -> vars -> a.value(vars) * b.value(vars);
          case "_/_" -> vars -> a.value(vars) / b.value(vars);
          default -> throw new Unsupported();
        };
      }
      default -> throw new Unsupported();
    }
  }

  private static Condition.OfLong integer(CelExpr expr) throws Unsupported {
    switch (expr.getKind()) {
      case CONSTANT -> {
        if (expr.constant().getKind() != CelConstant.Kind.INT64_VALUE) {
          throw new Unsupported();
        }
        long value = expr.constant().int64Value();
        return vars -> value;
      }
      case IDENT -> {
        return switch (expr.ident().name()) {
          case "age" -> vars -> vars.input.age();
          case "account_age_days" -> vars -> vars.input.accountAgeDays();
          default -> throw new Unsupported();
        };
      }
      default -> throw new Unsupported();
    }
  }

  private static Condition.OfString string(CelAbstractSyntaxTree ast, CelExpr expr)
      throws Unsupported {
    if (!type(ast, expr).equals(SimpleType.STRING)) {
      throw new Unsupported();
    }
    switch (expr.getKind()) {
      case CONSTANT -> {
        if (expr.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
          throw new Unsupported();
        }
        String value = expr.constant().stringValue();
        return vars -> value;
      }
      case IDENT -> {
        return switch (expr.ident().name()) {
          case "tx_type" -> vars -> vars.input.txType();
          case "channel" -> vars -> vars.input.channel();
          default -> throw new Unsupported();
        };
      }
      default -> throw new Unsupported();
    }
  }
}
