package org.digifin.risk.rule;

/**
 * A rule that fired on a transaction.
 *
 * @param rule the rule (id, version, reasons, action, shadow flag)
 * @param contribution what it added to the score: its weight, or 0 for a shadow rule
 */
public record RuleHit(Rule rule, double contribution) {}
