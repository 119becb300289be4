/**
 * The bank simulator: a seeded, agent-based simulation of a Chinese retail and commercial bank that
 * produces transactions with labelled misconduct typologies and decoys.
 *
 * <p>Public entry points: {@link org.digifin.synth.simulate.SimulationConfig} (what to simulate,
 * with {@link org.digifin.synth.simulate.SimulationSize} presets), {@link
 * org.digifin.synth.simulate.BankSimulator} (lazy in-process streams of days and transactions),
 * {@link org.digifin.synth.simulate.SimulationWriter} (files, with a {@link
 * org.digifin.synth.simulate.ProgressListener}), {@link org.digifin.synth.simulate.World} (the
 * customers and accounts), and the label records {@link
 * org.digifin.synth.simulate.TransactionLabel} and {@link org.digifin.synth.simulate.AccountLabel}.
 * Everything else is package-private. See the module README for the typology definitions.
 */
package org.digifin.synth.simulate;
