package org.digifin.risk.graph;

import java.util.Optional;
import org.digifin.basics.id.AccountId;

/**
 * Where the fund-flow graph keeps each account's {@link NodeState}. In memory: {@link
 * InMemoryGraphStateStore}. Detectors read neighbours' nodes (cycles, chains, layering), so a
 * distributed backing must give reads across keys, e.g. a broadcast or co-partitioned store.
 */
public interface GraphStateStore {

  /** The node of {@code account}, created empty with {@code capacity} when absent. */
  NodeState node(AccountId account, int capacity, long nowMillis);

  /** The node of {@code account} when held, without creating it. */
  Optional<NodeState> find(AccountId account);

  /** Nodes held now. */
  int size();
}
