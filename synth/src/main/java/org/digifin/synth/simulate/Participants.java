package org.digifin.synth.simulate;

import static org.digifin.synth.simulate.TransactionCodes.CORPORATE;
import static org.digifin.synth.simulate.TransactionCodes.MOBILE;
import static org.digifin.synth.simulate.TransactionCodes.ONLINE;
import static org.digifin.synth.simulate.TransactionCodes.TRANSFER;

import java.util.SplittableRandom;

/**
 * Picks the accounts of one injected pattern instance, never the same account twice, and books its
 * transfers with the channel, device and location the payer would use.
 */
final class Participants {

  private static final int ATTEMPTS = 200;

  private final World world;
  private final IntList used = new IntList(64);
  private long nextNewPayee;

  Participants(World world) {
    this.world = world;
  }

  /** Starts a new instance: every account is free again. */
  void reset() {
    used.clear();
  }

  /** Marks {@code account} used; false when it already was. */
  boolean take(int account) {
    for (int i = 0; i < used.size(); i++) {
      if (used.get(i) == account) {
        return false;
      }
    }
    used.add(account);
    return true;
  }

  /** One of our accounts to launder through: a recently opened mule account or a person's. */
  int launderer(SplittableRandom random) {
    for (int attempt = 0; ; attempt++) {
      int account;
      if (world.muleCandidates.length > 0 && random.nextBoolean()) {
        account =
            world.personMule[world.muleCandidates[random.nextInt(world.muleCandidates.length)]];
      } else {
        account = world.personCurrent[random.nextInt(world.persons)];
      }
      if (take(account) || attempt > ATTEMPTS) {
        return account;
      }
    }
  }

  /** A source or destination outside the core: half at other banks, half persons of ours. */
  int outsider(SplittableRandom random) {
    return random.nextBoolean() ? fraudExternal(random) : personAccount(random);
  }

  /**
   * An account at another bank that no everyday behaviour uses; launderers share these (the first
   * half of the pool).
   */
  int fraudExternal(SplittableRandom random) {
    int half = world.fraudExternals.length / 2;
    for (int attempt = 0; ; attempt++) {
      int account = world.fraudExternals[random.nextInt(half)];
      if (take(account) || attempt > ATTEMPTS) {
        return account;
      }
    }
  }

  /**
   * A payee nobody has paid before: the next unused account of the second half of the pool; only
   * after the pool is exhausted (thousands of frauds) does one come round again.
   */
  int newPayee() {
    int half = world.fraudExternals.length / 2;
    int account =
        world.fraudExternals[half + (int) (nextNewPayee++ % (world.fraudExternals.length - half))];
    take(account);
    return account;
  }

  /** A random person's current account. */
  int personAccount(SplittableRandom random) {
    for (int attempt = 0; ; attempt++) {
      int account = world.personCurrent[random.nextInt(world.persons)];
      if (take(account) || attempt > ATTEMPTS) {
        return account;
      }
    }
  }

  /** A person aged {@code minAge} to {@code maxAge} on {@code day}, or -1 if none is found. */
  int person(SplittableRandom random, DayContext day, int minAge, int maxAge) {
    for (int attempt = 0; attempt < ATTEMPTS * 5; attempt++) {
      int p = random.nextInt(world.persons);
      int age = world.ageOn(p, day.epochDay);
      if (age >= minAge && age <= maxAge && take(world.personCurrent[p])) {
        return p;
      }
    }
    return -1;
  }

  /** Books a transfer as the payer would make it: a person on their phone, a firm by its bank. */
  void book(
      DayContext day,
      SplittableRandom random,
      long epochSecond,
      int payer,
      int payee,
      long amount,
      long tag) {
    int owner = world.accountOwner[payer];
    if (owner >= 0 && owner < world.persons) {
      int region = world.personRegion[owner];
      day.events.add(
          epochSecond,
          payer,
          payee,
          amount,
          MOBILE,
          TRANSFER,
          owner,
          Draws.jitter(random, ReferenceData.REGION_LAT_E4[region]),
          Draws.jitter(random, ReferenceData.REGION_LON_E4[region]),
          tag);
    } else {
      day.events.add(
          epochSecond,
          payer,
          payee,
          amount,
          owner < 0 ? ONLINE : CORPORATE,
          TRANSFER,
          EventBuffer.NO_DEVICE,
          EventBuffer.NO_GEO,
          EventBuffer.NO_GEO,
          tag);
    }
  }

  /** {@code cents} times a factor in [{@code from}, {@code to}), to the cent, at least 1 CNY. */
  static long scale(SplittableRandom random, long cents, double from, double to) {
    return Math.max(100, Math.round(cents * Draws.uniform(random, from, to)));
  }
}
