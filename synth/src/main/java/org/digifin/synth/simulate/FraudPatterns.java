package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.PatternRole.CASH_OUT;
import static org.digifin.synth.simulate.PatternRole.DEPOSIT;
import static org.digifin.synth.simulate.PatternRole.DESTINATION;
import static org.digifin.synth.simulate.PatternRole.FRAUDSTER;
import static org.digifin.synth.simulate.PatternRole.INFLOW;
import static org.digifin.synth.simulate.PatternRole.MULE;
import static org.digifin.synth.simulate.PatternRole.OUTFLOW;
import static org.digifin.synth.simulate.PatternRole.PASS_THROUGH;
import static org.digifin.synth.simulate.PatternRole.PROBE;
import static org.digifin.synth.simulate.PatternRole.SCAM_PAYMENT;
import static org.digifin.synth.simulate.PatternRole.SENDER;
import static org.digifin.synth.simulate.PatternRole.SOURCE;
import static org.digifin.synth.simulate.PatternRole.SUBJECT;
import static org.digifin.synth.simulate.PatternRole.TAKEOVER_TRANSFER;
import static org.digifin.synth.simulate.PatternRole.VICTIM;
import static org.digifin.synth.simulate.PatternRole.WITHDRAWAL;
import static org.digifin.synth.simulate.TransactionCodes.ATM;
import static org.digifin.synth.simulate.TransactionCodes.BRANCH;
import static org.digifin.synth.simulate.TransactionCodes.CASH_DEPOSIT;
import static org.digifin.synth.simulate.TransactionCodes.CASH_WITHDRAWAL;
import static org.digifin.synth.simulate.TransactionCodes.MOBILE;
import static org.digifin.synth.simulate.TransactionCodes.ONLINE;
import static org.digifin.synth.simulate.TransactionCodes.TRANSFER;

import java.util.SplittableRandom;

/**
 * Cash, mule and fraud typologies. Times are local (Asia/Shanghai); "new payee" accounts
 * (ACCOUNT_TAKEOVER, ELDER_SCAM) are at other banks and used once, by that instance alone, so no
 * customer has paid them before.
 *
 * <ul>
 *   <li>{@code STRUCTURING}: one person (SUBJECT, aged 25-65) makes k in [3, 6] {@code
 *       CASH_DEPOSIT}s, each CNY 42,500 to 49,900 in steps of 100, so every one is below the CNY
 *       50,000 large-cash reporting threshold while the total exceeds it; spread over D in [1, 5]
 *       days (deposit j on day floor(j D / k)), 09:00-17:00, at a branch (60%) or an ATM, 30% of
 *       them in another region's branch. Transactions DEPOSIT.
 *   <li>{@code RAPID_PASS_THROUGH}: a SOURCE at another bank pays one of ours (PASS_THROUGH) A,
 *       log-normal median CNY 100,000; the first of j in [1, 3] transfers out to distinct
 *       other-bank payees (DESTINATION) follows 5 min to 2 h later, each next one 1 to 30 min after
 *       the last, so all leave within 3 h; together they carry A - r, r = A U[0, 1%): the balance
 *       returns to near zero. Transactions INFLOW, OUTFLOW.
 *   <li>{@code MULE}: a MULE account opened in the 60 days before the run receives one transfer
 *       from each of s in [5, 10] unrelated SENDERs (persons of ours or accounts at other banks),
 *       CNY 2,000 to 20,000 each, at {@code t0} + U[0, 48 h) (INFLOW); 10 min to 6 h after each
 *       receipt it cashes out 90-100% of it, rounded down to CNY 100: an ATM {@code
 *       CASH_WITHDRAWAL} (60%, WITHDRAWAL) or a transfer to one CASH_OUT account at another bank
 *       (OUTFLOW).
 *   <li>{@code ACCOUNT_TAKEOVER}: a VICTIM aged 25-75 is taken over from a device never seen
 *       before, located in a region other than the victim's; 40% of takeovers happen 00:00-06:00.
 *       With probability 0.3 a PROBE of CNY 1-100 goes to the FRAUDSTER's new-payee account first;
 *       5 to 30 min later the TAKEOVER_TRANSFER of max(CNY 20,000, 2-6 monthly incomes), rounded to
 *       100, goes to the same payee, on MOBILE (70%) or ONLINE.
 *   <li>{@code ELDER_SCAM}: a VICTIM aged 60 or older pays a FRAUDSTER's new-payee account max(CNY
 *       10,000, 2-8 monthly incomes) rounded to 1,000 (the round sums scripts ask for): in one
 *       payment (60%) or split into 2-4 over D in [1, 3] days, 09:00-17:00, from the victim's own
 *       phone (55%) or at a branch. Transactions SCAM_PAYMENT.
 * </ul>
 */
final class FraudPatterns {

  static final Typology[] TYPOLOGIES = {
    Typology.STRUCTURING,
    Typology.RAPID_PASS_THROUGH,
    Typology.MULE,
    Typology.ACCOUNT_TAKEOVER,
    Typology.ELDER_SCAM
  };

  /** The large-cash reporting threshold in cents: CNY 50,000. */
  static final long CASH_THRESHOLD = 5_000_000;

  private static final int HOUR = 3600;
  private static final int DAY = 86_400;

  private final World world;
  private final Participants participants;

  FraudPatterns(World world) {
    this.world = world;
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
        boolean built =
            switch (typology) {
              case STRUCTURING -> structuring(day, random);
              case RAPID_PASS_THROUGH -> passThrough(day, random);
              case MULE -> mule(day, random);
              case ACCOUNT_TAKEOVER -> takeover(day, random);
              default -> elderScam(day, random);
            };
        if (built) {
          day.patterns.commit(day.events, day.simulationEnd);
        }
      }
    }
  }

  private boolean structuring(DayContext day, SplittableRandom random) {
    int p = participants.person(random, day, 25, 65);
    if (p < 0) {
      return false;
    }
    int account = world.personCurrent[p];
    day.patterns.account(account, SUBJECT);
    int k = Draws.between(random, 3, 6);
    int span = Draws.between(random, 1, 5);
    for (int j = 0; j < k; j++) {
      int region =
          random.nextInt(10) < 3
              ? random.nextInt(ReferenceData.REGION_CODES.length)
              : world.personRegion[p];
      boolean branch = random.nextInt(10) < 6;
      long t = day.at((j * span / k) * DAY + Seasonality.businessSecond(random, 9, 17));
      day.events.add(
          t,
          world.vault[region],
          account,
          10_000L * Draws.between(random, 425, 499),
          branch ? BRANCH : ATM,
          CASH_DEPOSIT,
          EventBuffer.NO_DEVICE,
          Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
          Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
          day.patterns.tag(DEPOSIT));
    }
    return true;
  }

  private boolean passThrough(DayContext day, SplittableRandom random) {
    int source = participants.fraudExternal(random);
    int through = participants.launderer(random);
    day.patterns.account(source, SOURCE);
    day.patterns.account(through, PASS_THROUGH);
    long amount = Draws.lognormalCents(random, 100_000, 0.5);
    long t = day.at(Seasonality.businessSecond(random, 8, 20));
    participants.book(day, random, t, source, through, amount, day.patterns.tag(INFLOW));
    int outs = Draws.between(random, 1, 3);
    long total = amount - Math.round(amount * Draws.uniform(random, 0, 0.01));
    long left = total;
    t += Draws.between(random, 5 * 60, 2 * HOUR);
    for (int j = 0; j < outs; j++) {
      int destination = participants.fraudExternal(random);
      day.patterns.account(destination, DESTINATION);
      long part = j == outs - 1 ? left : total / outs;
      left -= part;
      participants.book(day, random, t, through, destination, part, day.patterns.tag(OUTFLOW));
      t += Draws.between(random, 60, 30 * 60);
    }
    return true;
  }

  private boolean mule(DayContext day, SplittableRandom random) {
    if (world.muleCandidates.length == 0) {
      return false;
    }
    int person = world.muleCandidates[random.nextInt(world.muleCandidates.length)];
    int mule = world.personMule[person];
    participants.take(mule);
    participants.take(world.personCurrent[person]);
    day.patterns.account(mule, MULE);
    int cashOut = -1;
    int senders = Draws.between(random, 5, 10);
    long t0 = day.at(day.seasonality.transferSecond(random));
    int region = world.personRegion[person];
    for (int i = 0; i < senders; i++) {
      int sender = unrelatedSender(random, person);
      day.patterns.account(sender, SENDER);
      long amount = Draws.roundTo(Draws.lognormalCents(random, 6_000, 0.6), 10);
      amount = Math.min(2_000_000, Math.max(200_000, amount));
      long t = t0 + random.nextInt(48 * HOUR);
      participants.book(day, random, t, sender, mule, amount, day.patterns.tag(INFLOW));
      long out = (long) (amount * Draws.uniform(random, 0.9, 1.0)) / 10_000 * 10_000;
      long tOut = t + Draws.between(random, 10 * 60, 6 * HOUR);
      if (random.nextInt(10) < 6) {
        day.events.add(
            tOut,
            mule,
            world.vault[region],
            out,
            ATM,
            CASH_WITHDRAWAL,
            EventBuffer.NO_DEVICE,
            Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
            Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
            day.patterns.tag(WITHDRAWAL));
      } else {
        if (cashOut < 0) {
          cashOut = participants.fraudExternal(random);
          day.patterns.account(cashOut, CASH_OUT);
        }
        participants.book(day, random, tOut, mule, cashOut, out, day.patterns.tag(OUTFLOW));
      }
    }
    return true;
  }

  private int unrelatedSender(SplittableRandom random, int mule) {
    if (random.nextInt(10) < 4) {
      return participants.fraudExternal(random);
    }
    for (int attempt = 0; attempt < 50; attempt++) {
      int p = random.nextInt(world.persons);
      if (world.household[p] != world.household[mule]
          && participants.take(world.personCurrent[p])) {
        return world.personCurrent[p];
      }
    }
    return participants.fraudExternal(random);
  }

  private boolean takeover(DayContext day, SplittableRandom random) {
    int victim = participants.person(random, day, 25, 75);
    if (victim < 0) {
      return false;
    }
    int account = world.personCurrent[victim];
    int payee = participants.newPayee();
    day.patterns.account(account, VICTIM);
    day.patterns.account(payee, FRAUDSTER);
    int device = -2 - (int) day.patterns.instancesCommitted();
    int region = random.nextInt(ReferenceData.REGION_CODES.length - 1);
    if (region >= world.personRegion[victim]) {
      region++;
    }
    int lat = Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]);
    int lon = Draws.jitter(random, ReferenceData.REGION_LON_E4[region]);
    int channel = random.nextInt(10) < 7 ? MOBILE : ONLINE;
    long t =
        day.at(
            random.nextInt(10) < 4
                ? random.nextInt(6 * HOUR)
                : day.seasonality.transferSecond(random));
    if (random.nextInt(10) < 3) {
      day.events.add(
          t,
          account,
          payee,
          100L * Draws.between(random, 1, 100),
          channel,
          TRANSFER,
          device,
          lat,
          lon,
          day.patterns.tag(PROBE));
      t += Draws.between(random, 5 * 60, 30 * 60);
    }
    long amount =
        Math.max(
            2_000_000,
            Draws.roundTo(Math.round(world.income[victim] * Draws.uniform(random, 2, 6)), 100));
    day.events.add(
        t,
        account,
        payee,
        amount,
        channel,
        TRANSFER,
        device,
        lat,
        lon,
        day.patterns.tag(TAKEOVER_TRANSFER));
    return true;
  }

  private boolean elderScam(DayContext day, SplittableRandom random) {
    int victim = participants.person(random, day, 60, 120);
    if (victim < 0) {
      return false;
    }
    int account = world.personCurrent[victim];
    int payee = participants.newPayee();
    day.patterns.account(account, VICTIM);
    day.patterns.account(payee, FRAUDSTER);
    long total =
        Math.max(
            1_000_000,
            Draws.roundTo(Math.round(world.income[victim] * Draws.uniform(random, 2, 8)), 1_000));
    int parts = random.nextInt(10) < 6 ? 1 : Draws.between(random, 2, 4);
    int span = parts == 1 ? 1 : Draws.between(random, 1, 3);
    long each = Math.max(10_000, total / parts / 10_000 * 10_000);
    int region = world.personRegion[victim];
    for (int j = 0; j < parts; j++) {
      boolean phone = random.nextInt(100) < 55;
      long amount = j == parts - 1 ? Math.max(10_000, total - each * (parts - 1)) : each;
      day.events.add(
          day.at((j * span / parts) * DAY + Seasonality.businessSecond(random, 9, 17)),
          account,
          payee,
          amount,
          phone ? MOBILE : BRANCH,
          TRANSFER,
          phone ? victim : EventBuffer.NO_DEVICE,
          Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
          Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
          day.patterns.tag(SCAM_PAYMENT));
    }
    return true;
  }
}
