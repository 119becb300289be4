/**
 * What the in-memory state stores share: {@link org.digifin.risk.state.IdleEvictingMap}, keyed
 * state evicted by event-time idleness and a size cap, and {@link org.digifin.risk.state.Recency},
 * what a state value must say about its last use.
 */
package org.digifin.risk.state;
