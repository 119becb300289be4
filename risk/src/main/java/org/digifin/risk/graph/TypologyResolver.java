package org.digifin.risk.graph;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.digifin.basics.Checks;

/**
 * Account-level resolution of typologies, for a case that gathers an account's hits over time: in
 * real time one typology looks like another until it completes (the first layer of a {@link
 * Typology#STACK} is a {@link Typology#BIPARTITE} core, a {@link Typology#MULE} or a {@link
 * Typology#GATHER_SCATTER} hub is a {@link Typology#FAN_IN} until it pays out, the first hops of a
 * {@link Typology#CYCLE} are a {@link Typology#LAYERING_CHAIN}). Once the more specific typology
 * names the account, the general one it contains is dropped from the account's label. Stateless;
 * the hits themselves are unchanged.
 */
public final class TypologyResolver {

  /** The default subsumption table (specific typology to the general ones it contains). */
  public static final TypologyResolver DEFAULT = new TypologyResolver(defaults());

  private final Map<Typology, Set<Typology>> subsumes;

  private TypologyResolver(Map<Typology, Set<Typology>> subsumes) {
    this.subsumes = subsumes;
  }

  private static Map<Typology, Set<Typology>> defaults() {
    Map<Typology, Set<Typology>> map = new EnumMap<>(Typology.class);
    map.put(Typology.STACK, EnumSet.of(Typology.BIPARTITE));
    map.put(Typology.MULE, EnumSet.of(Typology.FAN_IN));
    map.put(Typology.GATHER_SCATTER, EnumSet.of(Typology.FAN_IN, Typology.FAN_OUT));
    map.put(Typology.SCATTER_GATHER, EnumSet.of(Typology.FAN_IN, Typology.FAN_OUT));
    map.put(Typology.CYCLE, EnumSet.of(Typology.LAYERING_CHAIN));
    return map;
  }

  /** The most specific of {@code seen}: each typology contained in another one seen is dropped. */
  public Set<Typology> mostSpecific(Set<Typology> seen) {
    Checks.notNull(seen, "seen");
    Set<Typology> result = seen.isEmpty() ? EnumSet.noneOf(Typology.class) : EnumSet.copyOf(seen);
    for (Typology typology : seen) {
      result.removeAll(subsumes.getOrDefault(typology, Set.of()));
    }
    return result;
  }
}
