package org.digifin.risk.rule;

/**
 * A rule condition translated from its type-checked CEL expression into Java, for the subset of CEL
 * in which evaluation cannot fail (see {@link ConditionTranslator}). Evaluates to exactly what the
 * CEL interpreter would, without an activation map or overload dispatch.
 */
interface Condition {

  /** The condition's value for {@code vars}. */
  boolean test(RuleVariables vars);

  /** A double-valued sub-expression. */
  interface OfDouble {
    double value(RuleVariables vars);
  }

  /** An int-valued sub-expression (CEL int is a Java long). */
  interface OfLong {
    long value(RuleVariables vars);
  }

  /** A string-valued sub-expression. */
  interface OfString {
    String value(RuleVariables vars);
  }
}
