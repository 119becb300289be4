package org.digifin.risk.feature;

/**
 * Whose history a feature aggregates, and which side of a transaction is that entity's
 * counterparty.
 */
public enum EntityKind {
  /** The paying account; its counterparty is the payee. */
  ACCOUNT,
  /** The party that owns the paying account (from the caller's context); counterparty the payee. */
  CUSTOMER,
  /** The device the transaction was made on; its "counterparty" is the paying account. */
  DEVICE,
  /** The receiving account (payee); its counterparty is the payer. */
  COUNTERPARTY,
  /** The receiving account of card and payment transactions only; counterparty the payer. */
  MERCHANT
}
