package org.digifin.synth.simulate;

/**
 * The part an account or a transaction plays in an injected pattern. Account roles come first,
 * transaction roles after; each typology's javadoc says which it uses.
 */
public enum PatternRole {
  // account roles
  SOURCE,
  SINK,
  ORIGIN,
  INTERMEDIARY,
  HUB,
  DESTINATION,
  SUBJECT,
  PASS_THROUGH,
  MULE,
  SENDER,
  CASH_OUT,
  VICTIM,
  FRAUDSTER,
  EMPLOYER,
  EMPLOYEE,
  MERCHANT,
  CUSTOMER,
  PARENT,
  SUBSIDIARY,
  // transaction roles
  INFLOW,
  OUTFLOW,
  HOP,
  DEPOSIT,
  WITHDRAWAL,
  PROBE,
  TAKEOVER_TRANSFER,
  SCAM_PAYMENT,
  BONUS,
  SALE,
  SWEEP,
  FUNDING
}
