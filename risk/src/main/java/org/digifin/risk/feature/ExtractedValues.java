package org.digifin.risk.feature;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The feature values of one extraction, read-only from birth: {@link FeatureVector} keeps it as is
 * instead of copying, which saves a map per transaction. Iterates in definition order.
 */
final class ExtractedValues extends AbstractMap<String, Double> {

  private final Map<String, Double> values;

  /** Takes ownership of {@code values}; the caller must not keep or change it. */
  ExtractedValues(LinkedHashMap<String, Double> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  @Override
  public Double get(Object key) {
    return values.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return values.containsKey(key);
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public Set<Entry<String, Double>> entrySet() {
    return values.entrySet();
  }
}
