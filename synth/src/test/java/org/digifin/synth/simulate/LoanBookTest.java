package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoanBookTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.defaults().withCustomers(3_000).withDays(120).withAllRates(0);

  @Test
  void mostBorrowersPayOnTimeSomeLateAndTheStretchedOnesDefault() {
    World world = World.of(CONFIG);
    DayEngine engine = new DayEngine(world, CONFIG);
    List<LoanRecord> loans = new ArrayList<>();
    while (engine.hasNext()) {
      loans.addAll(engine.next().closedLoans);
    }
    loans.addAll(engine.activeLoans());
    List<LoanRecord> personal =
        loans.stream().filter(l -> l.borrowerParty() < world.persons).toList();
    List<LoanRecord> defaulted =
        personal.stream().filter(l -> l.status().equals("DEFAULTED")).toList();
    List<LoanRecord> late = personal.stream().filter(l -> l.lateInstallments() > 0).toList();
    assertThat(loans).anyMatch(l -> l.status().equals("REPAID"));
    assertThat(defaulted).isNotEmpty();
    assertThat(late.size()).isGreaterThan(defaulted.size());
    assertThat(late.size()).isLessThan(personal.size() / 2);
    assertThat(late).allMatch(l -> l.maxDaysLate() >= 1 && l.maxDaysLate() <= 25);
    assertThat(defaulted).allMatch(l -> l.missedInstallments() >= 3);
    // defaults come from borrowers whose instalment takes a larger share of their income
    double defaultedStress = meanStress(world, defaulted);
    double allStress = meanStress(world, personal);
    assertThat(defaultedStress).isGreaterThan(allStress);
  }

  @Test
  void repaymentsGoFromTheBorrowersCurrentAccountToTheLoanAccount() {
    SimulatedRun run = SimulatedRun.small();
    long repayments =
        run.transactions.stream()
            .filter(t -> t.type() == org.digifin.basics.domain.TransactionType.LOAN_REPAYMENT)
            .peek(
                t ->
                    assertThat(run.world.account(index(t.payee())).type())
                        .isEqualTo(org.digifin.basics.domain.AccountType.LOAN))
            .count();
    assertThat(repayments).isGreaterThan(200);
  }

  private static int index(org.digifin.basics.id.AccountId id) {
    return Integer.parseInt(id.value().substring(1)) - 1;
  }

  private static double meanStress(World world, List<LoanRecord> loans) {
    return loans.stream()
        .mapToDouble(l -> l.installment() / (double) Math.max(1, world.income[l.borrowerParty()]))
        .average()
        .orElse(0);
  }
}
