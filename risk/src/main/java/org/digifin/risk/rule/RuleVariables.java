package org.digifin.risk.rule;

import java.util.List;
import java.util.Map;

/**
 * One transaction's rule variables as primitives, read once per assessment and shared by every
 * {@link Condition} of the set: the fixed variables of {@link RuleInput} plus the referenced
 * features in slots (index from {@link ConditionTranslator}).
 */
final class RuleVariables {

  final RuleInput input;
  final double[] features;
  final boolean[] present;

  RuleVariables(RuleInput input, List<String> featureSlots) {
    this.input = input;
    int n = featureSlots.size();
    this.features = new double[n];
    this.present = new boolean[n];
    Map<String, Double> values = input.features();
    for (int i = 0; i < n; i++) {
      Double value = values.get(featureSlots.get(i));
      if (value != null) {
        features[i] = value;
        present[i] = true;
      }
    }
  }
}
