package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.TransactionCodes.BRANCH;
import static org.digifin.synth.simulate.TransactionCodes.CORPORATE;
import static org.digifin.synth.simulate.TransactionCodes.LOAN_DISBURSEMENT;
import static org.digifin.synth.simulate.TransactionCodes.LOAN_REPAYMENT;
import static org.digifin.synth.simulate.TransactionCodes.MOBILE;
import static org.digifin.synth.simulate.TransactionCodes.ONLINE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Loans and how borrowers repay them. Every borrower has one loan slot (its loan account); a slot
 * holds at most one running loan, and an idle slot takes a new loan now and then (disbursed from
 * the loan account to the borrower's current account). Instalments are level (annuity) and debited
 * on the same day each month.
 *
 * <p>Repayment follows the borrower's situation. With {@code s} = instalment / monthly income (for
 * an enterprise, its stated monthly revenue), an instalment is missed with probability 0.45 while
 * the person is unemployed, 0.2 while the enterprise is distressed, else {@code 0.005 + 0.05 max(0,
 * s - 0.35)}; it is paid 1 to 25 days late with probability {@code 0.03 + 0.25 max(0, s - 0.3)},
 * plus 0.3 if unemployed or distressed; otherwise on time. Three misses in a row (90 days past due)
 * is a default: the borrower stops paying and the loan is closed as {@code DEFAULTED}.
 */
final class LoanBook {

  static final int STREAM = 4;
  private static final String[] PRODUCTS = {"CONSUMER", "MORTGAGE", "BUSINESS"};

  private final World world;
  private final int slots;
  private final int[] party;
  private final int[] account;
  private final int[] current;
  private final boolean[] active;
  private final long[] loanId;
  private final byte[] product;
  private final long[] principal;
  private final double[] rate;
  private final int[] term;
  private final long[] installment;
  private final int[] disbursed;
  private final int[] nextDue;
  private final int[] payOn;
  private final int[] paid;
  private final int[] late;
  private final int[] missedInRow;
  private final int[] missed;
  private final int[] maxLate;
  private long nextLoan = 1;
  final List<LoanRecord> closedToday = new ArrayList<>();

  LoanBook(World world, long seed) {
    this.world = world;
    IntList parties = new IntList(world.persons / 3);
    for (int p = 0; p < world.persons; p++) {
      if (world.personLoan[p] >= 0) {
        parties.add(p);
      }
    }
    for (int e = 0; e < world.enterprises; e++) {
      if (world.enterpriseLoan[e] >= 0) {
        parties.add(world.persons + e);
      }
    }
    slots = parties.size();
    party = parties.toArray();
    account = new int[slots];
    current = new int[slots];
    active = new boolean[slots];
    loanId = new long[slots];
    product = new byte[slots];
    principal = new long[slots];
    rate = new double[slots];
    term = new int[slots];
    installment = new long[slots];
    disbursed = new int[slots];
    nextDue = new int[slots];
    payOn = new int[slots];
    paid = new int[slots];
    late = new int[slots];
    missedInRow = new int[slots];
    missed = new int[slots];
    maxLate = new int[slots];
    SplittableRandom random = new SplittableRandom(DayContext.mix(seed, -2, STREAM));
    long startDay = world.start.toEpochDay();
    for (int s = 0; s < slots; s++) {
      int who = party[s];
      boolean person = who < world.persons;
      account[s] = person ? world.personLoan[who] : world.enterpriseLoan[who - world.persons];
      current[s] = person ? world.personCurrent[who] : world.enterpriseCurrent[who - world.persons];
      payOn[s] = -1;
      if (random.nextDouble() < 0.65) {
        originate(s, random, startDay, true);
      }
    }
  }

  void generate(DayContext day) {
    closedToday.clear();
    SplittableRandom random = day.random(STREAM);
    int today = (int) day.epochDay;
    for (int s = 0; s < slots; s++) {
      if (!active[s]) {
        double chance = party[s] < world.persons ? 0.0015 : 0.002;
        if (!isStressed(s, day) && random.nextDouble() < chance && !day.isWeekend()) {
          originate(s, random, today, false);
          disburse(s, day, random);
        }
        continue;
      }
      if (payOn[s] == today) {
        payOn[s] = -1;
        repay(s, day, random, day.seasonality.transferSecond(random), MOBILE);
        if (!active[s]) {
          continue;
        }
      }
      if (nextDue[s] == today) {
        due(s, day, random);
      }
    }
  }

  private void due(int s, DayContext day, SplittableRandom random) {
    double stress = stress(s, day);
    boolean unemployed =
        party[s] < world.persons && day.circumstances.isUnemployed(party[s], day.epochDay);
    boolean distressed =
        party[s] >= world.persons && day.circumstances.distressed[party[s] - world.persons];
    double miss = unemployed ? 0.45 : distressed ? 0.2 : 0.005 + 0.05 * Math.max(0, stress - 0.35);
    double lateness =
        0.03 + 0.25 * Math.max(0, stress - 0.3) + (unemployed || distressed ? 0.3 : 0);
    double u = random.nextDouble();
    LocalDate dueDate = LocalDate.ofEpochDay(nextDue[s]);
    nextDue[s] = (int) dueDate.plusMonths(1).toEpochDay();
    if (u < miss) {
      missed[s]++;
      missedInRow[s]++;
      if (missedInRow[s] >= 3) {
        close(s, "DEFAULTED");
      }
    } else if (u < miss + lateness) {
      int delay = Draws.between(random, 1, 25);
      payOn[s] = (int) day.epochDay + delay;
      late[s]++;
      maxLate[s] = Math.max(maxLate[s], delay);
    } else {
      repay(s, day, random, Seasonality.businessSecond(random, 6, 8), ONLINE);
    }
  }

  private void repay(int s, DayContext day, SplittableRandom random, int second, int channel) {
    day.events.add(
        day.at(second),
        current[s],
        account[s],
        installment[s],
        channel,
        LOAN_REPAYMENT,
        channel == MOBILE && party[s] < world.persons ? party[s] : EventBuffer.NO_DEVICE,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        0);
    paid[s]++;
    missedInRow[s] = 0;
    if (paid[s] + missed[s] >= term[s]) {
      close(s, "REPAID");
    }
  }

  private void disburse(int s, DayContext day, SplittableRandom random) {
    int channel = product[s] == 2 ? CORPORATE : product[s] == 1 ? BRANCH : ONLINE;
    day.events.add(
        day.at(Seasonality.businessSecond(random, 9, 17)),
        account[s],
        current[s],
        principal[s],
        channel,
        LOAN_DISBURSEMENT,
        EventBuffer.NO_DEVICE,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        0);
  }

  private void originate(int s, SplittableRandom random, long today, boolean existing) {
    int who = party[s];
    boolean person = who < world.persons;
    double ratio;
    double annual;
    int months;
    double monthlyIncome;
    if (person) {
      monthlyIncome = world.income[who] / 100.0;
      boolean mortgage = random.nextDouble() < 0.35;
      product[s] = (byte) (mortgage ? 1 : 0);
      ratio = mortgage ? Draws.uniform(random, 0.15, 0.6) : Draws.uniform(random, 0.04, 0.35);
      annual = mortgage ? Draws.uniform(random, 0.031, 0.045) : Draws.uniform(random, 0.06, 0.18);
      months = mortgage ? 120 + 12 * random.nextInt(21) : 12 * Draws.between(random, 1, 3);
    } else {
      int e = who - world.persons;
      monthlyIncome = monthlyRevenue(e);
      product[s] = 2;
      ratio = Draws.uniform(random, 0.03, 0.3);
      boolean favoured =
          ReferenceData.INDUSTRY_GREEN[world.industry[e]]
              || ReferenceData.INDUSTRY_SCI_TECH[world.industry[e]];
      annual = Draws.uniform(random, 0.035, 0.06) - (favoured ? 0.005 : 0);
      months = 12 * Draws.between(random, 1, 3);
    }
    double r = annual / 12;
    long level = Math.max(10_000, Math.round(monthlyIncome * ratio) * 100);
    double factor = (1 - Math.pow(1 + r, -months)) / r;
    active[s] = true;
    loanId[s] = nextLoan++;
    rate[s] = Math.round(annual * 10_000) / 10_000.0;
    term[s] = months;
    installment[s] = level;
    principal[s] = Draws.roundTo(Math.round(level * factor), 100);
    paid[s] = existing ? random.nextInt(months) : 0;
    late[s] = 0;
    missed[s] = 0;
    missedInRow[s] =
        existing && ratio > 0.3 && random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0;
    missed[s] = missedInRow[s];
    maxLate[s] = 0;
    payOn[s] = -1;
    LocalDate start = LocalDate.ofEpochDay(today);
    LocalDate disbursedOn =
        existing ? start.minusMonths(paid[s] + missed[s]).minusDays(random.nextInt(28)) : start;
    disbursed[s] = (int) disbursedOn.toEpochDay();
    LocalDate due = disbursedOn.plusMonths(1);
    while (due.toEpochDay() < today) {
      due = due.plusMonths(1);
    }
    nextDue[s] = (int) due.toEpochDay();
  }

  private double monthlyRevenue(int enterprise) {
    return ReferenceData.SIZE_ORDER_MEDIAN[world.size[enterprise]] * 3;
  }

  private double stress(int s, DayContext day) {
    int who = party[s];
    if (who < world.persons) {
      if (day.circumstances.isUnemployed(who, day.epochDay)) {
        return 10;
      }
      return installment[s] / (double) Math.max(1, world.income[who]);
    }
    return installment[s] / (monthlyRevenue(who - world.persons) * 100);
  }

  private boolean isStressed(int s, DayContext day) {
    int who = party[s];
    return who < world.persons
        ? day.circumstances.isUnemployed(who, day.epochDay)
        : day.circumstances.distressed[who - world.persons];
  }

  private void close(int s, String status) {
    closedToday.add(record(s, status));
    active[s] = false;
    payOn[s] = -1;
  }

  private LoanRecord record(int s, String status) {
    return new LoanRecord(
        loanId[s],
        party[s],
        account[s],
        PRODUCTS[product[s]],
        principal[s],
        rate[s],
        term[s],
        disbursed[s],
        installment[s],
        status,
        paid[s],
        late[s],
        missed[s],
        maxLate[s]);
  }

  /** The loans still running, for the end of a run. */
  List<LoanRecord> activeLoans() {
    List<LoanRecord> loans = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      if (active[s]) {
        loans.add(record(s, "ACTIVE"));
      }
    }
    return loans;
  }
}
