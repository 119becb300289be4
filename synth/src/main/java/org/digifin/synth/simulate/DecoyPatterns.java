package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.PatternRole.BONUS;
import static org.digifin.synth.simulate.PatternRole.CUSTOMER;
import static org.digifin.synth.simulate.PatternRole.EMPLOYEE;
import static org.digifin.synth.simulate.PatternRole.EMPLOYER;
import static org.digifin.synth.simulate.PatternRole.FUNDING;
import static org.digifin.synth.simulate.PatternRole.MERCHANT;
import static org.digifin.synth.simulate.PatternRole.PARENT;
import static org.digifin.synth.simulate.PatternRole.SALE;
import static org.digifin.synth.simulate.PatternRole.SUBSIDIARY;
import static org.digifin.synth.simulate.PatternRole.SWEEP;
import static org.digifin.synth.simulate.TransactionCodes.CARD;
import static org.digifin.synth.simulate.TransactionCodes.CORPORATE;
import static org.digifin.synth.simulate.TransactionCodes.MOBILE;
import static org.digifin.synth.simulate.TransactionCodes.SALARY;
import static org.digifin.synth.simulate.TransactionCodes.TRANSFER;

import java.util.SplittableRandom;

/**
 * Legitimate activity shaped like a typology, labelled with {@code decoy = true} so a detector's
 * false positives can be counted.
 *
 * <ul>
 *   <li>{@code PAYROLL_BURST} (looks like FAN_OUT): an EMPLOYER pays k in [8, 20] distinct
 *       EMPLOYEEs (its own when it has that many at the bank, else other persons) a bonus of
 *       0.5-1.5 monthly incomes, {@code SALARY} on {@code CORPORATE}, all within 20 minutes from a
 *       time 10:00-16:00. Transactions BONUS.
 *   <li>{@code MERCHANT_RUSH} (looks like FAN_IN or MULE): a MERCHANT account takes k in [15, 40]
 *       card payments by phone from distinct CUSTOMERs within 2 hours from a time 11:00-19:00, each
 *       a normal ticket for the merchant. Transactions SALE.
 *   <li>{@code TREASURY_SWEEP} (looks like GATHER_SCATTER or CYCLE): at 17:00-17:30 each of an
 *       enterprise's 2-5 SUBSIDIARY accounts sweeps CNY 50,000-500,000 (rounded to 1,000) to the
 *       PARENT (master) account of the same owner; the next morning, 08:30-09:00, the parent funds
 *       each back with 90-110% of what it swept (SWEEP, FUNDING; {@code TRANSFER} on {@code
 *       CORPORATE}).
 * </ul>
 */
final class DecoyPatterns {

  static final Typology[] TYPOLOGIES = {
    Typology.PAYROLL_BURST, Typology.MERCHANT_RUSH, Typology.TREASURY_SWEEP
  };

  private final World world;
  private final Participants participants;

  DecoyPatterns(World world) {
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
              case PAYROLL_BURST -> payrollBurst(day, random);
              case MERCHANT_RUSH -> merchantRush(day, random);
              default -> treasurySweep(day, random);
            };
        if (built) {
          day.patterns.commit(day.events, day.simulationEnd);
        }
      }
    }
  }

  private boolean payrollBurst(DayContext day, SplittableRandom random) {
    int employer = random.nextInt(world.enterprises);
    int account = world.enterpriseCurrent[employer];
    participants.take(account);
    day.patterns.account(account, EMPLOYER);
    int from = world.employeeStart[employer];
    int staff = world.employeeStart[employer + 1] - from;
    int k = Draws.between(random, 8, 20);
    long t = day.at(Seasonality.businessSecond(random, 10, 16));
    for (int i = 0; i < k; i++) {
      int person = -1;
      for (int attempt = 0; attempt < 100 && person < 0; attempt++) {
        int candidate =
            staff >= k
                ? world.employees[from + random.nextInt(staff)]
                : random.nextInt(world.persons);
        if (participants.take(world.personCurrent[candidate])) {
          person = candidate;
        }
      }
      if (person < 0) {
        continue;
      }
      day.patterns.account(world.personCurrent[person], EMPLOYEE);
      day.events.add(
          t + random.nextInt(1200),
          account,
          world.personCurrent[person],
          Math.max(100, Math.round(world.income[person] * Draws.uniform(random, 0.5, 1.5))),
          CORPORATE,
          SALARY,
          EventBuffer.NO_DEVICE,
          EventBuffer.NO_GEO,
          EventBuffer.NO_GEO,
          day.patterns.tag(BONUS));
    }
    return true;
  }

  private boolean merchantRush(DayContext day, SplittableRandom random) {
    int regions = ReferenceData.REGION_CODES.length;
    int from = world.merchantsByRegionStart[regions];
    int count = world.merchantsByRegionStart[regions + 1] - from;
    int merchant = world.merchantsByRegion[from + random.nextInt(count)];
    int account = world.enterpriseMerchant[merchant];
    participants.take(account);
    day.patterns.account(account, MERCHANT);
    int region = world.enterpriseRegion[merchant];
    int k = Draws.between(random, 15, 40);
    long t = day.at(Seasonality.businessSecond(random, 11, 19));
    double ticket = ReferenceData.INDUSTRY_TICKET[world.industry[merchant]];
    for (int i = 0; i < k; i++) {
      int p = random.nextInt(world.persons);
      if (!participants.take(world.personCurrent[p])) {
        continue;
      }
      day.patterns.account(world.personCurrent[p], CUSTOMER);
      day.events.add(
          t + random.nextInt(7200),
          world.personCurrent[p],
          account,
          Draws.lognormalCents(random, ticket, 0.8),
          MOBILE,
          CARD,
          p,
          Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
          Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
          day.patterns.tag(SALE));
    }
    return true;
  }

  private boolean treasurySweep(DayContext day, SplittableRandom random) {
    int enterprise = -1;
    for (int attempt = 0; attempt < 200 && enterprise < 0; attempt++) {
      int e = random.nextInt(world.enterprises);
      if (world.subAccountStart[e + 1] > world.subAccountStart[e]) {
        enterprise = e;
      }
    }
    if (enterprise < 0) {
      return false;
    }
    int parent = world.enterpriseCurrent[enterprise];
    day.patterns.account(parent, PARENT);
    for (int i = world.subAccountStart[enterprise];
        i < world.subAccountStart[enterprise + 1];
        i++) {
      int subsidiary = world.subAccounts[i];
      day.patterns.account(subsidiary, SUBSIDIARY);
      long swept = 100_000L * Draws.between(random, 50, 500);
      day.events.add(
          day.at(17 * 3600 + random.nextInt(1800)),
          subsidiary,
          parent,
          swept,
          CORPORATE,
          TRANSFER,
          EventBuffer.NO_DEVICE,
          EventBuffer.NO_GEO,
          EventBuffer.NO_GEO,
          day.patterns.tag(SWEEP));
      day.events.add(
          day.at(86_400 + 8 * 3600 + 1800 + random.nextInt(1800)),
          parent,
          subsidiary,
          Draws.roundTo(Math.round(swept * Draws.uniform(random, 0.9, 1.1)), 1),
          CORPORATE,
          TRANSFER,
          EventBuffer.NO_DEVICE,
          EventBuffer.NO_GEO,
          EventBuffer.NO_GEO,
          day.patterns.tag(FUNDING));
    }
    return true;
  }
}
