package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.TransactionCodes.CORPORATE;
import static org.digifin.synth.simulate.TransactionCodes.ONLINE;
import static org.digifin.synth.simulate.TransactionCodes.SALARY;
import static org.digifin.synth.simulate.TransactionCodes.TRANSFER;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Monthly income: salaries paid from each employer's account on its pay day (the 5th, 10th, 15th,
 * 20th, 25th or the last day of the month, brought forward to Friday when it falls on a weekend),
 * pensions from the social-insurance fund on the 5th, allowances and farm income from other banks.
 * Unemployed persons receive no salary.
 */
final class Payroll {

  static final int STREAM = 2;

  private final World world;

  Payroll(World world) {
    this.world = world;
  }

  /** True when a pay day coded {@code code} (1-28, or 0 for month end) is paid on {@code date}. */
  static boolean paysOn(int code, LocalDate date) {
    LocalDate nominal =
        code == 0 ? date.withDayOfMonth(date.lengthOfMonth()) : date.withDayOfMonth(code);
    DayOfWeek weekday = nominal.getDayOfWeek();
    LocalDate effective =
        weekday == DayOfWeek.SATURDAY
            ? nominal.minusDays(1)
            : weekday == DayOfWeek.SUNDAY ? nominal.minusDays(2) : nominal;
    return effective.equals(date);
  }

  void generate(DayContext day) {
    boolean[] paysToday = new boolean[29];
    boolean any = false;
    for (int code = 0; code <= 28; code++) {
      paysToday[code] = paysOn(code, day.date);
      any |= paysToday[code];
    }
    if (!any) {
      return;
    }
    SplittableRandom random = day.random(STREAM);
    for (int p = 0; p < world.persons; p++) {
      if (!paysToday[world.payDay[p]]) {
        continue;
      }
      int source = world.incomeSource[p];
      int occupation = world.occupation[p];
      long amount;
      int type = SALARY;
      int channel = CORPORATE;
      int second;
      if (source == world.pensionFund) {
        amount = world.income[p];
        second = Seasonality.businessSecond(random, 8, 9);
      } else if (occupation == ReferenceData.STUDENT || occupation == ReferenceData.FARMER) {
        amount = Math.round(world.income[p] * Draws.uniform(random, 0.8, 1.2));
        type = TRANSFER;
        channel = ONLINE;
        second = Seasonality.businessSecond(random, 8, 20);
      } else {
        if (day.circumstances.isUnemployed(p, day.epochDay)) {
          continue;
        }
        amount = Math.round(world.income[p] * Draws.uniform(random, 0.97, 1.03));
        // each employer runs its payroll batch at its own time between 09:00 and 11:00
        second = 9 * 3600 + Math.floorMod(source * 7919, 7200) + random.nextInt(300);
      }
      events(day)
          .add(
              day.at(second),
              source,
              world.personCurrent[p],
              Math.max(100, amount),
              channel,
              type,
              EventBuffer.NO_DEVICE,
              EventBuffer.NO_GEO,
              EventBuffer.NO_GEO,
              0);
    }
  }

  private static EventBuffer events(DayContext day) {
    return day.events;
  }
}
