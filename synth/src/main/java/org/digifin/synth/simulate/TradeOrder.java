package org.digifin.synth.simulate;

/**
 * One purchase along a supply chain: ordered, delivered, invoiced on delivery, due after the
 * supplier's payment terms, and paid (late when the buyer is in a distressed month). Only the
 * payment is a bank transaction; the documents go to {@code trade.ndjson} so supply-chain finance
 * models can check trade against payments.
 */
final class TradeOrder {

  final long id;
  final int buyer;
  final int supplier;
  final long amount;
  final int orderedDay;
  final int deliveredDay;
  final int dueDay;
  int payDay;
  boolean lateChecked;

  TradeOrder(
      long id, int buyer, int supplier, long amount, int orderedDay, int deliveredDay, int dueDay) {
    this.id = id;
    this.buyer = buyer;
    this.supplier = supplier;
    this.amount = amount;
    this.orderedDay = orderedDay;
    this.deliveredDay = deliveredDay;
    this.dueDay = dueDay;
    this.payDay = dueDay;
  }

  /** The order's id, {@code O} and eight digits; its invoice is {@code INV} and the same digits. */
  String orderId() {
    return "O" + digits();
  }

  String invoiceId() {
    return "INV" + digits();
  }

  private String digits() {
    String digits = Long.toString(id);
    return "00000000".substring(Math.min(8, digits.length())) + digits;
  }
}
