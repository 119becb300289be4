package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.PatternRole.DESTINATION;
import static org.digifin.synth.simulate.PatternRole.HOP;
import static org.digifin.synth.simulate.PatternRole.HUB;
import static org.digifin.synth.simulate.PatternRole.INFLOW;
import static org.digifin.synth.simulate.PatternRole.INTERMEDIARY;
import static org.digifin.synth.simulate.PatternRole.ORIGIN;
import static org.digifin.synth.simulate.PatternRole.OUTFLOW;
import static org.digifin.synth.simulate.PatternRole.SINK;
import static org.digifin.synth.simulate.PatternRole.SOURCE;

import java.util.SplittableRandom;

/**
 * The money-laundering graph typologies (after the AMLworld / IBM AML data set shapes). Every
 * instance starts at a time {@code t0} drawn from the day's transfer profile and has a base amount
 * {@code B} log-normal with median CNY 20,000 (sigma 0.6). "Ours" means an account at the simulated
 * bank: half the time a mule account opened in the 60 days before the run, else a person's current
 * account. "Outsider" means, with equal odds, an account at another bank used by nothing else, or a
 * random person's current account. All accounts of an instance are distinct, all transactions are
 * {@code TRANSFER}s.
 *
 * <ul>
 *   <li>{@code FAN_IN}: k in [6, 12] outsider sources each pay one of ours (SINK) once, at {@code
 *       t0} + U[0, 48 h), amount U[0.5, 1) B. Transactions INFLOW.
 *   <li>{@code FAN_OUT}: one of ours (SOURCE) pays k in [6, 12] outsider destinations once each, at
 *       {@code t0} + U[0, 48 h), amount U[0.5, 1) B. Transactions OUTFLOW.
 *   <li>{@code CYCLE}: n in [3, 6] of ours a0 (ORIGIN), a1..a(n-1) (INTERMEDIARY); hop i pays a(i)
 *       to a(i+1 mod n), the first B at {@code t0}, each next one 10 min to 6 h after the previous
 *       and its amount the previous one times (1 - m), m in U[0.5%, 3%) to the cent. Times strictly
 *       ascend; the loop closes at a0. Transactions HOP.
 *   <li>{@code BIPARTITE}: m in [2, 4] outsider SOURCEs each pay every one of n in [2, 4] of ours
 *       (DESTINATION): m x n transfers at {@code t0} + U[0, 24 h), amount U[0.5, 1) B. HOP.
 *   <li>{@code STACK}: three layers, sizes in [2, 4]: outsider SOURCEs, ours (INTERMEDIARY),
 *       outsider DESTINATIONs. Every source pays every intermediary at {@code t0} + U[0, 12 h),
 *       amount U[0.5, 1) B; then every intermediary pays every destination at {@code t0} + 12 h +
 *       U[0, 12 h) its inflow times (1 - m), m in U[1%, 5%), split evenly. All second-layer
 *       transfers follow all first-layer ones. HOP.
 *   <li>{@code SCATTER_GATHER}: an outsider SOURCE pays k in [4, 8] of ours (INTERMEDIARY) at
 *       {@code t0} + U[0, 12 h), amount a_i = U[0.5, 1) B (OUTFLOW); each intermediary then pays
 *       a_i (1 - m_i), m_i in U[1%, 5%), to one outsider SINK, 30 min to 12 h after its receipt
 *       (INFLOW).
 *   <li>{@code GATHER_SCATTER}: k in [4, 8] outsider SOURCEs pay one of ours (HUB) at {@code t0} +
 *       U[0, 12 h), amount U[0.5, 1) B (INFLOW); 10 min to 12 h after the last of them, the hub
 *       pays j in [4, 8] outsider DESTINATIONs in all the inflow times (1 - m), m in U[1%, 5%),
 *       split by random weights (OUTFLOW).
 *   <li>{@code RANDOM_CHAIN}: L in [3, 7] hops through L + 1 accounts: an outsider ORIGIN, L - 1 of
 *       ours (INTERMEDIARY), an outsider SINK; the first hop B at {@code t0}, each next one 10 min
 *       to 8 h later and smaller by m in U[0.5%, 3%). HOP.
 * </ul>
 */
final class LaunderingPatterns {

  static final Typology[] TYPOLOGIES = {
    Typology.FAN_IN,
    Typology.FAN_OUT,
    Typology.CYCLE,
    Typology.BIPARTITE,
    Typology.STACK,
    Typology.SCATTER_GATHER,
    Typology.GATHER_SCATTER,
    Typology.RANDOM_CHAIN
  };

  private static final int HOUR = 3600;

  private final Participants participants;

  LaunderingPatterns(World world) {
    this.participants = new Participants(world);
  }

  void generate(DayContext day, SimulationConfig config) {
    for (Typology typology : TYPOLOGIES) {
      double mean = config.rate(typology) * day.customers / 10_000.0;
      if (mean <= 0) {
        continue;
      }
      SplittableRandom random = day.random(100 + typology.ordinal());
      int instances = Draws.poisson(random, mean);
      for (int i = 0; i < instances; i++) {
        participants.reset();
        day.patterns.begin(typology, day.events);
        long t0 = day.at(day.seasonality.transferSecond(random));
        long base = Draws.lognormalCents(random, 20_000, 0.6);
        switch (typology) {
          case FAN_IN -> fanIn(day, random, t0, base);
          case FAN_OUT -> fanOut(day, random, t0, base);
          case CYCLE -> cycle(day, random, t0, base);
          case BIPARTITE -> bipartite(day, random, t0, base);
          case STACK -> stack(day, random, t0, base);
          case SCATTER_GATHER -> scatterGather(day, random, t0, base);
          case GATHER_SCATTER -> gatherScatter(day, random, t0, base);
          default -> randomChain(day, random, t0, base);
        }
        day.patterns.commit(day.events, day.simulationEnd);
      }
    }
  }

  private void fanIn(DayContext day, SplittableRandom random, long t0, long base) {
    int sink = participants.launderer(random);
    day.patterns.account(sink, SINK);
    int k = Draws.between(random, 6, 12);
    for (int i = 0; i < k; i++) {
      int source = participants.outsider(random);
      day.patterns.account(source, SOURCE);
      participants.book(
          day,
          random,
          t0 + random.nextInt(48 * HOUR),
          source,
          sink,
          Participants.scale(random, base, 0.5, 1.0),
          day.patterns.tag(INFLOW));
    }
  }

  private void fanOut(DayContext day, SplittableRandom random, long t0, long base) {
    int source = participants.launderer(random);
    day.patterns.account(source, SOURCE);
    int k = Draws.between(random, 6, 12);
    for (int i = 0; i < k; i++) {
      int destination = participants.outsider(random);
      day.patterns.account(destination, DESTINATION);
      participants.book(
          day,
          random,
          t0 + random.nextInt(48 * HOUR),
          source,
          destination,
          Participants.scale(random, base, 0.5, 1.0),
          day.patterns.tag(OUTFLOW));
    }
  }

  private void cycle(DayContext day, SplittableRandom random, long t0, long base) {
    int n = Draws.between(random, 3, 6);
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[i] = participants.launderer(random);
      day.patterns.account(members[i], i == 0 ? ORIGIN : INTERMEDIARY);
    }
    long t = t0;
    long amount = base;
    for (int i = 0; i < n; i++) {
      participants.book(
          day, random, t, members[i], members[(i + 1) % n], amount, day.patterns.tag(HOP));
      t += Draws.between(random, 10 * 60, 6 * HOUR);
      amount = Participants.scale(random, amount, 0.97, 0.995);
    }
  }

  private void bipartite(DayContext day, SplittableRandom random, long t0, long base) {
    int[] sources = outsiders(day, random, Draws.between(random, 2, 4), SOURCE);
    int[] destinations = ours(day, random, Draws.between(random, 2, 4), DESTINATION);
    for (int source : sources) {
      for (int destination : destinations) {
        participants.book(
            day,
            random,
            t0 + random.nextInt(24 * HOUR),
            source,
            destination,
            Participants.scale(random, base, 0.5, 1.0),
            day.patterns.tag(HOP));
      }
    }
  }

  private void stack(DayContext day, SplittableRandom random, long t0, long base) {
    int[] sources = outsiders(day, random, Draws.between(random, 2, 4), SOURCE);
    int[] middle = ours(day, random, Draws.between(random, 2, 4), INTERMEDIARY);
    int[] destinations = outsiders(day, random, Draws.between(random, 2, 4), DESTINATION);
    long[] inflow = new long[middle.length];
    for (int source : sources) {
      for (int j = 0; j < middle.length; j++) {
        long amount = Participants.scale(random, base, 0.5, 1.0);
        inflow[j] += amount;
        participants.book(
            day,
            random,
            t0 + random.nextInt(12 * HOUR),
            source,
            middle[j],
            amount,
            day.patterns.tag(HOP));
      }
    }
    for (int j = 0; j < middle.length; j++) {
      long forwarded = Participants.scale(random, inflow[j], 0.95, 0.99);
      long each = Math.max(100, forwarded / destinations.length);
      for (int destination : destinations) {
        participants.book(
            day,
            random,
            t0 + 12 * HOUR + random.nextInt(12 * HOUR),
            middle[j],
            destination,
            each,
            day.patterns.tag(HOP));
      }
    }
  }

  private void scatterGather(DayContext day, SplittableRandom random, long t0, long base) {
    int source = participants.outsider(random);
    day.patterns.account(source, SOURCE);
    int[] middle = ours(day, random, Draws.between(random, 4, 8), INTERMEDIARY);
    int sink = participants.outsider(random);
    day.patterns.account(sink, SINK);
    for (int intermediary : middle) {
      long t = t0 + random.nextInt(12 * HOUR);
      long amount = Participants.scale(random, base, 0.5, 1.0);
      participants.book(day, random, t, source, intermediary, amount, day.patterns.tag(OUTFLOW));
      participants.book(
          day,
          random,
          t + Draws.between(random, 30 * 60, 12 * HOUR),
          intermediary,
          sink,
          Participants.scale(random, amount, 0.95, 0.99),
          day.patterns.tag(INFLOW));
    }
  }

  private void gatherScatter(DayContext day, SplittableRandom random, long t0, long base) {
    int[] sources = outsiders(day, random, Draws.between(random, 4, 8), SOURCE);
    int hub = participants.launderer(random);
    day.patterns.account(hub, HUB);
    int[] destinations = outsiders(day, random, Draws.between(random, 4, 8), DESTINATION);
    long total = 0;
    long last = t0;
    for (int source : sources) {
      long t = t0 + random.nextInt(12 * HOUR);
      long amount = Participants.scale(random, base, 0.5, 1.0);
      total += amount;
      last = Math.max(last, t);
      participants.book(day, random, t, source, hub, amount, day.patterns.tag(INFLOW));
    }
    long out = Participants.scale(random, total, 0.95, 0.99);
    double[] weights = new double[destinations.length];
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      weights[j] = Draws.uniform(random, 0.5, 1.5);
      sum += weights[j];
    }
    long left = out;
    for (int j = 0; j < destinations.length; j++) {
      long amount =
          j == destinations.length - 1 ? left : Math.max(100, Math.round(out * weights[j] / sum));
      left -= amount;
      participants.book(
          day,
          random,
          last + Draws.between(random, 10 * 60, 12 * HOUR),
          hub,
          destinations[j],
          Math.max(100, amount),
          day.patterns.tag(OUTFLOW));
    }
  }

  private void randomChain(DayContext day, SplittableRandom random, long t0, long base) {
    int hops = Draws.between(random, 3, 7);
    int[] chain = new int[hops + 1];
    chain[0] = participants.outsider(random);
    day.patterns.account(chain[0], ORIGIN);
    for (int i = 1; i < hops; i++) {
      chain[i] = participants.launderer(random);
      day.patterns.account(chain[i], INTERMEDIARY);
    }
    chain[hops] = participants.outsider(random);
    day.patterns.account(chain[hops], SINK);
    long t = t0;
    long amount = base;
    for (int i = 0; i < hops; i++) {
      participants.book(day, random, t, chain[i], chain[i + 1], amount, day.patterns.tag(HOP));
      t += Draws.between(random, 10 * 60, 8 * HOUR);
      amount = Participants.scale(random, amount, 0.97, 0.995);
    }
  }

  private int[] outsiders(DayContext day, SplittableRandom random, int count, PatternRole role) {
    int[] accounts = new int[count];
    for (int i = 0; i < count; i++) {
      accounts[i] = participants.outsider(random);
      day.patterns.account(accounts[i], role);
    }
    return accounts;
  }

  private int[] ours(DayContext day, SplittableRandom random, int count, PatternRole role) {
    int[] accounts = new int[count];
    for (int i = 0; i < count; i++) {
      accounts[i] = participants.launderer(random);
      day.patterns.account(accounts[i], role);
    }
    return accounts;
  }
}
