package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.TransactionCodes.CORPORATE;
import static org.digifin.synth.simulate.TransactionCodes.PAYMENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * B2B trade along supply chains. Each buyer-supplier link orders on a fixed cycle of 7 to 30 days
 * (weekdays only); the goods arrive 2 to 10 days later with the invoice; the supplier's terms are
 * cash on delivery, 30 or 60 days; the buyer pays on the due date, or 5 to 45 days late when it is
 * in a distressed month. Orders placed in the 120 days before the run are open at its start, so the
 * number of open orders is steady from day one.
 */
final class SupplyChain {

  static final int STREAM = 3;
  private static final int[] TERMS = {0, 30, 60};

  /** A payment made today and the row it was booked as. */
  record Settlement(TradeOrder order, int row) {}

  private final World world;
  private final long seed;
  private final PriorityQueue<TradeOrder> open =
      new PriorityQueue<>(
          Comparator.comparingInt((TradeOrder o) -> o.payDay).thenComparingLong(o -> o.id));
  private final int[] linkBuyer;
  private long nextId = 1;
  final List<Settlement> settledToday = new ArrayList<>();

  SupplyChain(World world, long seed) {
    this.world = world;
    this.seed = seed;
    linkBuyer = new int[world.suppliers.length];
    for (int e = 0; e < world.enterprises; e++) {
      for (int k = world.supplierStart[e]; k < world.supplierStart[e + 1]; k++) {
        linkBuyer[k] = e;
      }
    }
    long startDay = world.start.toEpochDay();
    for (long d = startDay - 120; d < startDay; d++) {
      placeOrders(d, startDay);
    }
  }

  void generate(DayContext day) {
    settledToday.clear();
    placeOrders(day.epochDay, day.epochDay);
    if (day.isWeekend()) {
      return;
    }
    SplittableRandom random = day.random(STREAM);
    while (!open.isEmpty() && open.peek().payDay <= day.epochDay) {
      TradeOrder order = open.poll();
      if (!order.lateChecked) {
        order.lateChecked = true;
        if (day.circumstances.distressed[order.buyer]) {
          order.payDay = (int) day.epochDay + Draws.between(random, 5, 45);
          open.add(order);
          continue;
        }
      }
      order.payDay = (int) day.epochDay; // a weekend due date is paid on Monday
      int row =
          day.events.add(
              day.at(Seasonality.businessSecond(random, 9, 17)),
              world.enterpriseCurrent[order.buyer],
              world.enterpriseCurrent[order.supplier],
              order.amount,
              CORPORATE,
              PAYMENT,
              EventBuffer.NO_DEVICE,
              EventBuffer.NO_GEO,
              EventBuffer.NO_GEO,
              0);
      settledToday.add(new Settlement(order, row));
    }
  }

  /** Orders not yet paid, in payment order; written at the end of a run. */
  List<TradeOrder> openOrders() {
    List<TradeOrder> orders = new ArrayList<>(open);
    orders.sort(open.comparator());
    return orders;
  }

  int openCount() {
    return open.size();
  }

  private void placeOrders(long day, long notPaidBefore) {
    int weekday = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday; 0 = Monday
    if (weekday >= 5) {
      return;
    }
    SplittableRandom random = null;
    for (int k = 0; k < linkBuyer.length; k++) {
      int cycle = 7 + (int) Math.floorMod(DayContext.mix(seed, k, 11), 24L);
      int phase = (int) Math.floorMod(DayContext.mix(seed, k, 12), (long) cycle);
      if ((day + phase) % cycle != 0) {
        continue;
      }
      if (random == null) {
        random = new SplittableRandom(DayContext.mix(seed, day, STREAM + 100));
      }
      int buyer = linkBuyer[k];
      int supplier = world.suppliers[k];
      double median = ReferenceData.SIZE_ORDER_MEDIAN[world.size[buyer]] * cycle / 14.0;
      long amount = Draws.roundTo(Draws.lognormalCents(random, median, 0.5), 1);
      int delivered = (int) day + Draws.between(random, 2, 10);
      int terms = TERMS[(int) Math.floorMod(DayContext.mix(seed, k, 13), 3L)];
      TradeOrder order =
          new TradeOrder(
              nextId++, buyer, supplier, amount, (int) day, delivered, delivered + terms);
      if (order.dueDay >= notPaidBefore) {
        open.add(order);
      }
    }
  }
}
