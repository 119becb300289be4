package org.digifin.risk.rule;

import dev.cel.runtime.Program;

/**
 * A rule with its CEL program and, where it can be had with CEL's exact result, a faster way to
 * decide it: a translated {@link Condition} (null when the expression is outside the translated
 * subset), the feature slots the condition reads (it falls back to the program when one is
 * missing), and for a rule that reads only {@code hits} its value with no graph pattern, decided
 * once at compile time (null when not such a rule or when that evaluation fails).
 */
record CompiledRule(
    Rule rule, Program program, Condition condition, int[] featureSlots, Boolean whenNoHits) {}
