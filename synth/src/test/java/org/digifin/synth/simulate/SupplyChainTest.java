package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupplyChainTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.defaults().withDays(60).withAllRates(0);

  @Test
  void paymentsSettleInvoicedOrdersFromBuyerToSupplier() {
    World world = World.of(CONFIG);
    DayEngine engine = new DayEngine(world, CONFIG);
    int settled = 0;
    int late = 0;
    while (engine.hasNext()) {
      DayBatch batch = engine.next();
      for (SupplyChain.Settlement s : batch.settlements) {
        TradeOrder order = s.order();
        EventBuffer e = batch.events;
        assertThat(e.payer[s.row()]).isEqualTo(world.enterpriseCurrent[order.buyer]);
        assertThat(e.payee[s.row()]).isEqualTo(world.enterpriseCurrent[order.supplier]);
        assertThat(e.amount[s.row()]).isEqualTo(order.amount);
        assertThat(order.orderedDay).isLessThan(order.deliveredDay);
        assertThat(order.dueDay).isGreaterThanOrEqualTo(order.deliveredDay);
        assertThat(order.payDay)
            .isGreaterThanOrEqualTo(order.dueDay)
            .isEqualTo((int) batch.date.toEpochDay());
        assertThat(ReferenceData.INDUSTRY_TIER[world.industry[order.supplier]])
            .isLessThan(ReferenceData.INDUSTRY_TIER[world.industry[order.buyer]]);
        settled++;
        if (order.payDay > order.dueDay + 2) {
          late++;
        }
      }
    }
    assertThat(settled).isGreaterThan(300);
    assertThat(late).isPositive().isLessThan(settled / 4);
  }

  @Test
  void openOrdersStaySteadyFromTheFirstDay() {
    World world = World.of(CONFIG);
    SupplyChain chain = new SupplyChain(world, CONFIG.seed());
    DayContext day = new DayContext(world, CONFIG);
    int first = chain.openCount();
    int max = first;
    int min = first;
    for (int d = 0; d < 60; d++) {
      day.moveTo(CONFIG.start().plusDays(d));
      if (d == 0 || day.dayOfMonth == 1) {
        day.circumstances.startMonth(day, day.random(5));
      }
      chain.generate(day);
      max = Math.max(max, chain.openCount());
      min = Math.min(min, chain.openCount());
    }
    assertThat(max).isLessThan(first * 3 / 2);
    assertThat(min).isGreaterThan(first * 2 / 3);
  }
}
