/**
 * Benchmarks, each measuring Digifin beside a peer in the same run. Results and the commands that
 * produced them are in {@code docs/benchmarks.md}. Never shipped.
 */
package org.digifin.bench;
