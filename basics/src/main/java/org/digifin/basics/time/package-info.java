/**
 * Time. Domain code never calls {@code Instant.now()}: it takes a {@link java.time.Clock}, the seam
 * through which tests and simulations control time. {@link org.digifin.basics.time.SettableClock}
 * is the clock a simulation advances.
 */
package org.digifin.basics.time;
