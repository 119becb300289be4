package org.digifin.risk.graph;

import org.digifin.basics.Checks;
import org.digifin.risk.state.Recency;

/**
 * One account's recent edges: a ring of incoming and a ring of outgoing {@link FlowEdge}s, each at
 * most {@code capacity} long and no older than the graph's horizon. Oldest first. When a ring is
 * full the oldest edge is dropped, which bounds memory and per-event work for busy accounts (a
 * merchant, a cash vault) at the price of forgetting their older edges.
 */
public final class NodeState implements Recency {

  /** Edges a new node has room for each way; a ring doubles up to the capacity as edges come. */
  static final int INITIAL_LENGTH = 2;

  private final int capacity;
  private FlowEdge[] in;
  private FlowEdge[] out;
  private int inHead;
  private int inSize;
  private int outHead;
  private int outSize;
  private long lastSeen = Long.MIN_VALUE;

  /** An empty node keeping at most {@code capacity} edges each way. */
  public NodeState(int capacity) {
    this.capacity = Checks.positive(capacity, "capacity");
    in = new FlowEdge[Math.min(capacity, INITIAL_LENGTH)];
    out = new FlowEdge[Math.min(capacity, INITIAL_LENGTH)];
  }

  /** Incoming edges held. */
  public int inSize() {
    return inSize;
  }

  /** Outgoing edges held. */
  public int outSize() {
    return outSize;
  }

  /** The {@code i}-th incoming edge, oldest first. */
  public FlowEdge in(int i) {
    Checks.check(i >= 0 && i < inSize, "value.index", "i", "no incoming edge " + i);
    return in[(inHead + i) % in.length];
  }

  /** The {@code i}-th outgoing edge, oldest first. */
  public FlowEdge out(int i) {
    Checks.check(i >= 0 && i < outSize, "value.index", "i", "no outgoing edge " + i);
    return out[(outHead + i) % out.length];
  }

  /** Latest event time the node was used at, epoch ms. */
  @Override
  public long lastSeen() {
    return lastSeen;
  }

  /** Marks the node used at event time {@code atMillis}. */
  @Override
  public void touch(long atMillis) {
    lastSeen = Math.max(lastSeen, atMillis);
  }

  /** Appends an incoming edge, dropping those before {@code retainFromMillis} and any overflow. */
  public void addIn(FlowEdge edge, long retainFromMillis) {
    while (inSize > 0 && in[inHead].atMillis() < retainFromMillis) {
      in[inHead] = null;
      inHead = (inHead + 1) % in.length;
      inSize--;
    }
    if (inSize == capacity) {
      inHead = (inHead + 1) % in.length;
      inSize--;
    } else if (inSize == in.length) {
      in = grown(in, inHead, inSize);
      inHead = 0;
    }
    in[(inHead + inSize) % in.length] = edge;
    inSize++;
    touch(edge.atMillis());
  }

  /** Appends an outgoing edge, dropping those before {@code retainFromMillis} and any overflow. */
  public void addOut(FlowEdge edge, long retainFromMillis) {
    while (outSize > 0 && out[outHead].atMillis() < retainFromMillis) {
      out[outHead] = null;
      outHead = (outHead + 1) % out.length;
      outSize--;
    }
    if (outSize == capacity) {
      outHead = (outHead + 1) % out.length;
      outSize--;
    } else if (outSize == out.length) {
      out = grown(out, outHead, outSize);
      outHead = 0;
    }
    out[(outHead + outSize) % out.length] = edge;
    outSize++;
    touch(edge.atMillis());
  }

  /** A ring twice as long (at most the capacity) holding {@code ring}'s edges oldest first. */
  private FlowEdge[] grown(FlowEdge[] ring, int head, int size) {
    FlowEdge[] next = new FlowEdge[Math.min(capacity, ring.length * 2)];
    for (int i = 0; i < size; i++) {
      next[i] = ring[(head + i) % ring.length];
    }
    return next;
  }
}
