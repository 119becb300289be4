package org.digifin.risk.feature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.Checks;

/**
 * The feature values computed for one transaction, in definition order.
 *
 * @param values feature name to value
 * @param saturated names of features whose window held more events than the entity's bounded state
 *     keeps: their value covers only the retained (most recent) events
 */
public record FeatureVector(Map<String, Double> values, Set<String> saturated) {

  public FeatureVector {
    Checks.notNull(values, "values");
    values =
        values instanceof ExtractedValues
            ? values
            : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    saturated = Set.copyOf(Checks.notNull(saturated, "saturated"));
  }

  /** The value of feature {@code name}; fails with {@code feature.unknown} when not computed. */
  public double get(String name) {
    Double value = values.get(name);
    Checks.check(value != null, "feature.unknown", "name", "no feature named " + name);
    return value;
  }
}
