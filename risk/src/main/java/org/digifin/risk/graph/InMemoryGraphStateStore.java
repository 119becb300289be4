package org.digifin.risk.graph;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.digifin.basics.Checks;
import org.digifin.basics.id.AccountId;

/**
 * A {@link GraphStateStore} in memory: nodes in access order, those idle (by event time) longer
 * than {@code idleAfter} or beyond {@code maxNodes} evicted from the least recently used end on
 * every access, O(1) amortised. Not thread-safe.
 */
public final class InMemoryGraphStateStore implements GraphStateStore {

  private final long idleAfterMillis;
  private final int maxNodes;
  private final LinkedHashMap<AccountId, NodeState> nodes = new LinkedHashMap<>(1024, 0.75f, true);

  private InMemoryGraphStateStore(Duration idleAfter, int maxNodes) {
    Checks.notNull(idleAfter, "idleAfter");
    Checks.check(
        !idleAfter.isNegative() && !idleAfter.isZero(),
        "value.not_positive",
        "idleAfter",
        "idleAfter must be positive");
    this.idleAfterMillis = idleAfter.toMillis();
    this.maxNodes = Checks.positive(maxNodes, "maxNodes");
  }

  /** A store evicting nodes idle for {@code idleAfter}, holding at most {@code maxNodes}. */
  public static InMemoryGraphStateStore of(Duration idleAfter, int maxNodes) {
    return new InMemoryGraphStateStore(idleAfter, maxNodes);
  }

  @Override
  public NodeState node(AccountId account, int capacity, long nowMillis) {
    NodeState node = nodes.get(account);
    if (node == null) {
      node = new NodeState(capacity);
      nodes.put(account, node);
    }
    node.touch(nowMillis);
    Iterator<Map.Entry<AccountId, NodeState>> oldest = nodes.entrySet().iterator();
    while (oldest.hasNext()) {
      NodeState candidate = oldest.next().getValue();
      if (candidate == node
          || (candidate.lastSeen() >= nowMillis - idleAfterMillis && nodes.size() <= maxNodes)) {
        break;
      }
      oldest.remove();
    }
    return node;
  }

  @Override
  public Optional<NodeState> find(AccountId account) {
    return Optional.ofNullable(nodes.get(account));
  }

  @Override
  public int size() {
    return nodes.size();
  }
}
