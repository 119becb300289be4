package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReferenceFormatTest {

  private final World world = World.of(SimulationConfig.defaults().withCustomers(200));
  private final ReferenceFormat format = new ReferenceFormat(world);

  @Test
  void partiesAndAccountsMirrorTheBasicsRecords() {
    String party = written(out -> format.party(out, 0));
    assertThat(party)
        .startsWith("{\"id\":\"P1\",\"kind\":\"PERSON\",\"name\":\"" + world.party(0).name() + "\"")
        .contains("\"bornOrFounded\":\"" + world.party(0).bornOrFounded() + "\"")
        .endsWith("\"region\":\"" + world.party(0).region() + "\"}\n");
    int external = world.fraudExternals[0];
    assertThat(written(out -> format.account(out, external)))
        .doesNotContain("owner")
        .contains("\"type\":\"EXTERNAL\"", "\"status\":\"ACTIVE\"", "\"bankCode\":\"");
  }

  @Test
  void profilesKeepTheSimulatorOnlyAttributes() {
    assertThat(written(out -> format.profile(out, 0)))
        .contains("\"kind\":\"PERSON\"", "\"occupation\":", "\"monthlyIncome\":", "\"contacts\":[");
    assertThat(written(out -> format.profile(out, world.personCount())))
        .contains("\"kind\":\"ENTERPRISE\"", "\"size\":", "\"suppliers\":[", "\"sciTech\":");
    assertThat(written(out -> format.profile(out, world.partyCount() - 1))).isEmpty();
  }

  @Test
  void tradeOrdersReportTheirWholeLifeAndThePayment() {
    TradeOrder order = new TradeOrder(7, 0, 1, 1_234_500, 20_000, 20_005, 20_035);
    order.payDay = 20_040;
    assertThat(written(out -> format.trade(out, order, 99)))
        .contains(
            "\"order\":\"O00000007\"", "\"invoice\":\"INV00000007\"", "\"amount\":\"12345.00\"")
        .contains("\"status\":\"PAID\"", "\"daysLate\":5", "\"payment\":\"T0000000099\"");
    assertThat(written(out -> format.trade(out, order, -1))).contains("\"status\":\"OPEN\"}");
  }

  @Test
  void loansReportTermsAndOutcome() {
    LoanRecord loan =
        new LoanRecord(
            3,
            5,
            9,
            "MORTGAGE",
            30_000_000,
            0.0365,
            240,
            19_000,
            176_000,
            "DEFAULTED",
            10,
            2,
            3,
            17);
    assertThat(written(out -> format.loan(out, loan)))
        .contains("\"id\":\"L00000003\"", "\"borrower\":\"P6\"", "\"account\":\"A10\"")
        .contains(
            "\"principal\":\"300000.00\"", "\"annualRate\":0.0365", "\"status\":\"DEFAULTED\"")
        .contains("\"missedInstallments\":3", "\"maxDaysLate\":17");
  }

  private static String written(Consumer<ByteSink> action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(out);
    action.accept(sink);
    sink.flush();
    return out.toString(StandardCharsets.UTF_8);
  }
}
