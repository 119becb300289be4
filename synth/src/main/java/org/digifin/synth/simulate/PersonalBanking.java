package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.TransactionCodes.ATM;
import static org.digifin.synth.simulate.TransactionCodes.BILL;
import static org.digifin.synth.simulate.TransactionCodes.BRANCH;
import static org.digifin.synth.simulate.TransactionCodes.CARD;
import static org.digifin.synth.simulate.TransactionCodes.CASH_DEPOSIT;
import static org.digifin.synth.simulate.TransactionCodes.CASH_WITHDRAWAL;
import static org.digifin.synth.simulate.TransactionCodes.MOBILE;
import static org.digifin.synth.simulate.TransactionCodes.ONLINE;
import static org.digifin.synth.simulate.TransactionCodes.POS;
import static org.digifin.synth.simulate.TransactionCodes.TRANSFER;

import java.util.SplittableRandom;

/**
 * A person's everyday banking: card spending at merchants (hour-of-day and weekday seasonality),
 * transfers to family and friends, monthly utility bills, cash at ATMs and branches. Older
 * customers use cards less and branches more.
 */
final class PersonalBanking {

  static final int STREAM = 1;
  private static final long[] PHONE_PLANS = {5_800, 8_800, 12_800, 19_900};

  private final World world;

  PersonalBanking(World world) {
    this.world = world;
  }

  void generate(DayContext day) {
    SplittableRandom random = day.random(STREAM);
    EventBuffer events = day.events;
    double cardFactor = Seasonality.CARD_WEEKDAY[day.weekday];
    double transferFactor = 0.1 * Seasonality.TRANSFER_WEEKDAY[day.weekday];
    int month = day.date.getMonthValue();
    double power = month == 12 || month <= 2 || month == 7 || month == 8 ? 1.4 : 1.0;
    for (int p = 0; p < world.persons; p++) {
      int age = world.ageOn(p, day.epochDay);
      int payments = Draws.poisson(random, world.cardRate[p] * cardFactor);
      for (int k = 0; k < payments; k++) {
        cardPayment(day, random, events, p, age);
      }
      if (random.nextDouble() < transferFactor) {
        transfer(day, random, events, p, age);
      }
      if (day.dayOfMonth == world.billDay[p]) {
        bills(day, random, events, p, power);
      }
      double cashRate = age >= 60 ? 0.06 : 0.03;
      if (random.nextDouble() < cashRate) {
        cash(day, random, events, p, age, false);
      }
      if (random.nextDouble() < 0.006) {
        cash(day, random, events, p, age, true);
      }
    }
  }

  private void cardPayment(
      DayContext day, SplittableRandom random, EventBuffer events, int p, int age) {
    int region = world.personRegion[p];
    int from = world.merchantsByRegionStart[region];
    int to = world.merchantsByRegionStart[region + 1];
    if (to == from || random.nextInt(10) == 0) {
      int regions = ReferenceData.REGION_CODES.length;
      from = world.merchantsByRegionStart[regions];
      to = world.merchantsByRegionStart[regions + 1];
    }
    int merchant = world.merchantsByRegion[from + random.nextInt(to - from)];
    long amount =
        Draws.lognormalCents(random, ReferenceData.INDUSTRY_TICKET[world.industry[merchant]], 0.8);
    double mobileShare = age < 40 ? 0.5 : age < 60 ? 0.35 : 0.15;
    boolean mobile = random.nextDouble() < mobileShare;
    int card = world.personCard[p];
    int payer = card >= 0 && random.nextInt(10) < 7 ? card : world.personCurrent[p];
    int merchantRegion = world.enterpriseRegion[merchant];
    events.add(
        day.at(day.seasonality.cardSecond(random)),
        payer,
        world.enterpriseMerchant[merchant],
        amount,
        mobile ? MOBILE : POS,
        CARD,
        mobile ? p : EventBuffer.NO_DEVICE,
        Draws.jitter(random, ReferenceData.REGION_LAT_E4[merchantRegion]),
        Draws.jitter(random, ReferenceData.REGION_LON_E4[merchantRegion]),
        0);
  }

  private void transfer(
      DayContext day, SplittableRandom random, EventBuffer events, int p, int age) {
    int from = world.contactStart[p];
    int to = world.contactStart[p + 1];
    if (to == from) {
      return;
    }
    int c = from + random.nextInt(to - from);
    boolean family = world.contactFamily[c];
    long amount = Draws.lognormalCents(random, family ? 800 : 300, family ? 1.0 : 0.9);
    amount = Draws.roundTo(amount, amount > 1_000_000 ? 100 : 10);
    boolean branch = age >= 60 && random.nextInt(10) < 3;
    int region = world.personRegion[p];
    events.add(
        day.at(
            branch
                ? Seasonality.businessSecond(random, 9, 17)
                : day.seasonality.transferSecond(random)),
        world.personCurrent[p],
        world.contactAccount[c],
        amount,
        branch ? BRANCH : MOBILE,
        TRANSFER,
        branch ? EventBuffer.NO_DEVICE : p,
        Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
        Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
        0);
  }

  private void bills(
      DayContext day, SplittableRandom random, EventBuffer events, int p, double power) {
    long[] amounts = {
      Draws.lognormalCents(random, 150 * power, 0.4),
      Draws.lognormalCents(random, 50, 0.3),
      PHONE_PLANS[p & 3]
    };
    for (int i = 0; i < amounts.length; i++) {
      events.add(
          day.at(Seasonality.businessSecond(random, 6, 8)),
          world.personCurrent[p],
          world.utilities[i],
          amounts[i],
          ONLINE,
          BILL,
          EventBuffer.NO_DEVICE,
          EventBuffer.NO_GEO,
          EventBuffer.NO_GEO,
          0);
    }
  }

  private void cash(
      DayContext day,
      SplittableRandom random,
      EventBuffer events,
      int p,
      int age,
      boolean deposit) {
    int region = world.personRegion[p];
    boolean branch = random.nextDouble() < (age >= 60 ? 0.6 : 0.2);
    long amount =
        10_000L * (deposit ? Draws.between(random, 5, 100) : Draws.between(random, 3, 30));
    int vault = world.vault[region];
    int account = world.personCurrent[p];
    events.add(
        day.at(
            branch
                ? Seasonality.businessSecond(random, 9, 17)
                : day.seasonality.transferSecond(random)),
        deposit ? vault : account,
        deposit ? account : vault,
        amount,
        branch ? BRANCH : ATM,
        deposit ? CASH_DEPOSIT : CASH_WITHDRAWAL,
        EventBuffer.NO_DEVICE,
        Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
        Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
        0);
  }
}
