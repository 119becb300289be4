package org.digifin.basics.domain;

/** The channel through which a transaction was made. */
public enum Channel {
  BRANCH,
  ATM,
  MOBILE,
  ONLINE,
  POS,
  API,
  CORPORATE;

  public static Channel parse(String text) {
    return CodedValues.parse(Channel.class, text, "channel");
  }
}
