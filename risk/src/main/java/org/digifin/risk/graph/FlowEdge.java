package org.digifin.risk.graph;

import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.TransactionId;

/**
 * One transfer as the graph keeps it.
 *
 * @param id the transaction
 * @param payer the account debited
 * @param payee the account credited
 * @param atMillis booking time, epoch ms
 * @param minorUnits amount in minor units
 * @param type the transaction type
 * @param external true when the counterparty banks elsewhere
 * @param sameOwner true when payer and payee belong to the same party (own-account transfers are
 *     not layering)
 */
public record FlowEdge(
    TransactionId id,
    AccountId payer,
    AccountId payee,
    long atMillis,
    long minorUnits,
    TransactionType type,
    boolean external,
    boolean sameOwner) {

  /** A transfer between different owners: what the layering detectors follow. */
  public boolean isThirdPartyTransfer() {
    return type == TransactionType.TRANSFER && !sameOwner;
  }
}
