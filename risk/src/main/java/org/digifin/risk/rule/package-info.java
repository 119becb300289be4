/**
 * Rules: CEL conditions over features, graph patterns and model scores ({@link
 * org.digifin.risk.rule.Rule}), validated and compiled as a whole at load ({@link
 * org.digifin.risk.rule.RuleCompiler} into a {@link org.digifin.risk.rule.RuleSet}) and swapped
 * atomically at runtime ({@link org.digifin.risk.rule.RuleBook}). {@link
 * org.digifin.risk.rule.StarterLibrary} is the set a new installation starts from.
 */
package org.digifin.risk.rule;
