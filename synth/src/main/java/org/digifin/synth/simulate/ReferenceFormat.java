package org.digifin.synth.simulate;

import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.Party;

/**
 * Writes the run's reference files: {@code parties.ndjson} and {@code accounts.ndjson} with exactly
 * the basics record fields the server accepts, {@code profiles.ndjson} with the simulator-only
 * attributes, and the loan and trade-order files.
 */
final class ReferenceFormat {

  private final World world;

  ReferenceFormat(World world) {
    this.world = world;
  }

  /** {@code {"id","kind","name","bornOrFounded","industryCode"?,"region"}}. */
  void party(ByteSink out, int index) {
    Party party = world.party(index);
    out.text("{\"id\":").jsonString(party.id().value());
    out.text(",\"kind\":").jsonString(party.kind().name());
    out.text(",\"name\":").jsonString(party.name());
    out.text(",\"bornOrFounded\":").jsonString(party.bornOrFounded().toString());
    if (party.industryCode().isPresent()) {
      out.text(",\"industryCode\":").jsonString(party.industryCode().get());
    }
    out.text(",\"region\":").jsonString(party.region()).text("}\n");
  }

  /** {@code {"id","owner"?,"type","currency","openedOn","status","bankCode"?}}. */
  void account(ByteSink out, int index) {
    Account account = world.account(index);
    out.text("{\"id\":").jsonString(account.id().value());
    if (account.owner().isPresent()) {
      out.text(",\"owner\":").jsonString(account.owner().get().value());
    }
    out.text(",\"type\":").jsonString(account.type().name());
    out.text(",\"currency\":").jsonString(account.currency().code());
    out.text(",\"openedOn\":").jsonString(account.openedOn().toString());
    out.text(",\"status\":").jsonString(account.status().name());
    if (account.bankCode().isPresent()) {
      out.text(",\"bankCode\":").jsonString(account.bankCode().get());
    }
    out.text("}\n");
  }

  /** Simulator-only attributes of party {@code index}; none for the bank itself. */
  void profile(ByteSink out, int index) {
    long startDay = world.start.toEpochDay();
    if (index < world.persons) {
      int p = index;
      int age = world.ageOn(p, startDay);
      out.text("{\"party\":\"P").number(p + 1L).text("\",\"kind\":\"PERSON\",\"age\":").number(age);
      out.text(",\"elderly\":").text(age >= Party.ELDERLY_AGE ? "true" : "false");
      out.text(",\"occupation\":\"").text(ReferenceData.OCCUPATIONS[world.occupation[p]]);
      out.text("\",\"monthlyIncome\":\"").cents(world.income[p]);
      out.text("\",\"incomeAccount\":\"A").number(world.incomeSource[p] + 1L);
      out.text("\",\"payDay\":").number(world.payDay[p]);
      out.text(",\"household\":\"H").number(world.household[p]);
      out.text("\",\"device\":\"D").number(p + 1L);
      out.text("\",\"currentAccount\":\"A").number(world.personCurrent[p] + 1L).ascii('"');
      if (world.personCard[p] >= 0) {
        out.text(",\"cardAccount\":\"A").number(world.personCard[p] + 1L).ascii('"');
      }
      if (world.trustedContact[p] >= 0) {
        out.text(",\"trustedContact\":\"P").number(world.trustedContact[p] + 1L).ascii('"');
      }
      out.text(",\"contacts\":[");
      for (int c = world.contactStart[p]; c < world.contactStart[p + 1]; c++) {
        out.text(c == world.contactStart[p] ? "{\"account\":\"A" : ",{\"account\":\"A");
        out.number(world.contactAccount[c] + 1L);
        out.text(world.contactFamily[c] ? "\",\"family\":true}" : "\",\"family\":false}");
      }
      out.text("]}\n");
    } else if (index < world.bankParty) {
      int e = index - world.persons;
      int industry = world.industry[e];
      out.text("{\"party\":\"P").number(index + 1L).text("\",\"kind\":\"ENTERPRISE\"");
      out.text(",\"industryCode\":\"").text(ReferenceData.INDUSTRY_CODES[industry]);
      out.text("\",\"size\":\"").text(ReferenceData.SIZES[world.size[e]]);
      out.text("\",\"employees\":").number(world.employeesDeclared[e]);
      out.text(",\"sciTech\":").text(Boolean.toString(ReferenceData.INDUSTRY_SCI_TECH[industry]));
      out.text(",\"green\":").text(Boolean.toString(ReferenceData.INDUSTRY_GREEN[industry]));
      out.text(",\"merchant\":").text(Boolean.toString(world.enterpriseMerchant[e] >= 0));
      out.text(",\"payDay\":").number(world.enterprisePayDay[e]);
      out.text(",\"currentAccount\":\"A").number(world.enterpriseCurrent[e] + 1L).ascii('"');
      if (world.enterpriseMerchant[e] >= 0) {
        out.text(",\"merchantAccount\":\"A").number(world.enterpriseMerchant[e] + 1L).ascii('"');
      }
      out.text(",\"subAccounts\":[");
      for (int i = world.subAccountStart[e]; i < world.subAccountStart[e + 1]; i++) {
        out.text(i == world.subAccountStart[e] ? "\"A" : ",\"A").number(world.subAccounts[i] + 1L);
        out.ascii('"');
      }
      out.text("],\"suppliers\":[");
      for (int i = world.supplierStart[e]; i < world.supplierStart[e + 1]; i++) {
        out.text(i == world.supplierStart[e] ? "\"P" : ",\"P");
        out.number(world.persons + world.suppliers[i] + 1L).ascii('"');
      }
      out.text("]}\n");
    }
  }

  void loan(ByteSink out, LoanRecord loan) {
    out.text("{\"id\":\"").text(loan.loanId());
    out.text("\",\"borrower\":\"P").number(loan.borrowerParty() + 1L);
    out.text("\",\"account\":\"A").number(loan.loanAccount() + 1L);
    out.text("\",\"product\":\"").text(loan.product());
    out.text("\",\"principal\":\"").cents(loan.principal());
    out.text("\",\"currency\":\"CNY\",\"annualRate\":").text(Double.toString(loan.annualRate()));
    out.text(",\"termMonths\":").number(loan.termMonths());
    out.text(",\"disbursedOn\":\"").date(loan.disbursedDay());
    out.text("\",\"installment\":\"").cents(loan.installment());
    out.text("\",\"status\":\"").text(loan.status());
    out.text("\",\"installmentsPaid\":").number(loan.installmentsPaid());
    out.text(",\"lateInstallments\":").number(loan.lateInstallments());
    out.text(",\"missedInstallments\":").number(loan.missedInstallments());
    out.text(",\"maxDaysLate\":").number(loan.maxDaysLate()).text("}\n");
  }

  /** A trade order; {@code paymentSequence} is -1 while it is unpaid. */
  void trade(ByteSink out, TradeOrder order, long paymentSequence) {
    out.text("{\"order\":\"").text(order.orderId());
    out.text("\",\"buyer\":\"P").number(world.persons + order.buyer + 1L);
    out.text("\",\"supplier\":\"P").number(world.persons + order.supplier + 1L);
    out.text("\",\"amount\":\"").cents(order.amount);
    out.text("\",\"currency\":\"CNY\",\"orderedOn\":\"").date(order.orderedDay);
    out.text("\",\"deliveredOn\":\"").date(order.deliveredDay);
    out.text("\",\"invoice\":\"").text(order.invoiceId());
    out.text("\",\"invoicedOn\":\"").date(order.deliveredDay);
    out.text("\",\"dueOn\":\"").date(order.dueDay);
    if (paymentSequence >= 0) {
      out.text("\",\"status\":\"PAID\",\"paidOn\":\"").date(order.payDay);
      out.text("\",\"daysLate\":").number(Math.max(0, order.payDay - order.dueDay));
      out.text(",\"payment\":\"T").padded(paymentSequence, 10).text("\"}\n");
    } else {
      out.text("\",\"status\":\"OPEN\"}\n");
    }
  }
}
