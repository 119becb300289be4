package org.digifin.synth.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers injected pattern instances and tags their transactions. A generator {@link #begin}s an
 * instance, names its accounts, adds rows tagged with {@link #tag}, then {@link #commit}s: an
 * instance whose last transaction would fall after the end of the run is dropped whole, so every
 * labelled instance is complete in the output.
 */
final class PatternRecorder {

  /** An account's part in a committed instance. */
  record AccountTag(long instance, Typology typology, int account, PatternRole role) {}

  private long nextInstance = 1;
  private Typology typology;
  private int mark;
  private final IntList accounts = new IntList(16);
  private final IntList roles = new IntList(16);
  final List<AccountTag> committed = new ArrayList<>();

  void begin(Typology newTypology, EventBuffer events) {
    typology = newTypology;
    mark = events.size;
    accounts.clear();
    roles.clear();
  }

  void account(int account, PatternRole role) {
    accounts.add(account);
    roles.add(role.ordinal());
  }

  /** The tag of a transaction playing {@code role} in the current instance. */
  long tag(PatternRole role) {
    return (nextInstance << 16) | ((long) typology.ordinal() << 8) | role.ordinal();
  }

  /** Keeps the instance if it fits before {@code end}; otherwise removes its rows. */
  boolean commit(EventBuffer events, long end) {
    for (int i = mark; i < events.size; i++) {
      if (events.time[i] >= end) {
        events.truncate(mark);
        return false;
      }
    }
    PatternRole[] all = PatternRole.values();
    for (int i = 0; i < accounts.size(); i++) {
      committed.add(new AccountTag(nextInstance, typology, accounts.get(i), all[roles.get(i)]));
    }
    nextInstance++;
    return true;
  }

  long instancesCommitted() {
    return nextInstance - 1;
  }

  static long instance(long tag) {
    return tag >>> 16;
  }

  static Typology typology(long tag) {
    return Typology.values()[(int) ((tag >>> 8) & 0xFF)];
  }

  static PatternRole role(long tag) {
    return PatternRole.values()[(int) (tag & 0xFF)];
  }

  /** The public id of instance {@code instance}: {@code PAT} and seven digits. */
  static String patternId(long instance) {
    String digits = Long.toString(instance);
    return "PAT" + "0000000".substring(Math.min(7, digits.length())) + digits;
  }
}
