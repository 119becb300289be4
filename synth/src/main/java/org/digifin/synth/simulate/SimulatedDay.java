package org.digifin.synth.simulate;

import java.time.LocalDate;
import java.util.List;
import org.digifin.basics.Checks;
import org.digifin.basics.domain.Transaction;

/**
 * One simulated day: its transactions in time order and the labels of the injected patterns.
 *
 * @param date the local (Asia/Shanghai) calendar day
 * @param transactions booked on the day, ascending by timestamp; ids ascend with them
 * @param transactionLabels the labels of the day's transactions that belong to injected patterns
 * @param accountLabels the accounts of the pattern instances injected on this day (their
 *     transactions may fall on this and the next few days)
 */
public record SimulatedDay(
    LocalDate date,
    List<Transaction> transactions,
    List<TransactionLabel> transactionLabels,
    List<AccountLabel> accountLabels) {

  public SimulatedDay {
    Checks.notNull(date, "date");
    transactions = List.copyOf(Checks.notNull(transactions, "transactions"));
    transactionLabels = List.copyOf(Checks.notNull(transactionLabels, "transactionLabels"));
    accountLabels = List.copyOf(Checks.notNull(accountLabels, "accountLabels"));
  }
}
