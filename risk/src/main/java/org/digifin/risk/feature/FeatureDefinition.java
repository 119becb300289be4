package org.digifin.risk.feature;

import java.time.Duration;
import java.util.regex.Pattern;
import org.digifin.basics.Checks;

/**
 * A declared feature: a named aggregate over one entity's events in a sliding window.
 *
 * @param name the name rules refer to, {@code [a-z][a-z0-9_]*}, at most 64 characters
 * @param entity whose events
 * @param window the sliding window, from one minute to 90 days
 * @param aggregate what is computed
 */
public record FeatureDefinition(
    String name, EntityKind entity, Duration window, Aggregate aggregate) {

  /** The shortest window a feature may declare. */
  public static final Duration MIN_WINDOW = Duration.ofMinutes(1);

  /** The longest window a feature may declare. */
  public static final Duration MAX_WINDOW = Duration.ofDays(90);

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  public FeatureDefinition {
    Checks.notNull(name, "name");
    Checks.check(
        NAME.matcher(name).matches(),
        "feature.name",
        "name",
        "feature name must match [a-z][a-z0-9_]* (at most 64): " + name);
    Checks.notNull(entity, "entity");
    Checks.notNull(window, "window");
    Checks.check(
        window.compareTo(MIN_WINDOW) >= 0 && window.compareTo(MAX_WINDOW) <= 0,
        "feature.window",
        "window",
        "feature window must be from 1 minute to 90 days: " + window);
    Checks.notNull(aggregate, "aggregate");
  }

  /** A feature definition. */
  public static FeatureDefinition of(
      String name, EntityKind entity, Duration window, Aggregate aggregate) {
    return new FeatureDefinition(name, entity, window, aggregate);
  }
}
