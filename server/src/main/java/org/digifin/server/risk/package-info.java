/**
 * The risk engine in the server: one {@code RiskEngine} behind {@link
 * org.digifin.server.risk.RiskService}, the synchronous assessment API for the payment path, the
 * background assessment of every ingested batch, alerts, cases and analysts' dispositions.
 */
package org.digifin.server.risk;
