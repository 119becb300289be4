/**
 * Streaming features: declared aggregates ({@link org.digifin.risk.feature.FeatureDefinition}) over
 * exact sliding windows of an entity's events, computed by {@link
 * org.digifin.risk.feature.FeatureExtractor} from state kept behind {@link
 * org.digifin.risk.feature.EntityStateStore} (in memory: {@link
 * org.digifin.risk.feature.InMemoryEntityStateStore}). Each entity's state is one bounded {@link
 * org.digifin.risk.feature.EventWindow}.
 */
package org.digifin.risk.feature;
