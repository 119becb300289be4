package org.digifin.risk.graph;

import java.time.Duration;
import java.util.Optional;
import org.digifin.basics.id.AccountId;
import org.digifin.risk.state.IdleEvictingMap;

/**
 * A {@link GraphStateStore} in memory: nodes in access order, those idle (by event time) longer
 * than {@code idleAfter} or beyond {@code maxNodes} evicted from the least recently used end on
 * every access, O(1) amortised. Not thread-safe.
 */
public final class InMemoryGraphStateStore implements GraphStateStore {

  private final IdleEvictingMap<AccountId, NodeState> nodes;

  private InMemoryGraphStateStore(Duration idleAfter, int maxNodes) {
    this.nodes = new IdleEvictingMap<>(idleAfter, maxNodes, "maxNodes");
  }

  /** A store evicting nodes idle for {@code idleAfter}, holding at most {@code maxNodes}. */
  public static InMemoryGraphStateStore of(Duration idleAfter, int maxNodes) {
    return new InMemoryGraphStateStore(idleAfter, maxNodes);
  }

  @Override
  public NodeState node(AccountId account, int capacity, long nowMillis) {
    return nodes.touch(account, () -> new NodeState(capacity), nowMillis);
  }

  @Override
  public Optional<NodeState> find(AccountId account) {
    return nodes.find(account);
  }

  @Override
  public int size() {
    return nodes.size();
  }
}
