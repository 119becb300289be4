package org.digifin.risk.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.error.ValidationException;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private static final List<FeatureDefinition> ALL = allDefinitions();

  private static List<FeatureDefinition> allDefinitions() {
    List<FeatureDefinition> definitions = new ArrayList<>();
    Duration[] windows = {Duration.ofMinutes(30), Duration.ofHours(6), Duration.ofDays(3)};
    for (EntityKind entity : EntityKind.values()) {
      for (Duration window : windows) {
        for (Aggregate aggregate : Aggregate.values()) {
          definitions.add(
              FeatureDefinition.of(
                  (entity + "_" + aggregate + "_" + window.toMinutes()).toLowerCase(),
                  entity,
                  window,
                  aggregate));
        }
      }
    }
    return definitions;
  }

  /** Every feature equals a recomputation from the whole transaction list. */
  @Property(tries = 40)
  void equalsBruteForceRecomputation(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int count) {
    List<Transaction> transactions = randomTransactions(new Random(seed), count);
    FeatureExtractor extractor = FeatureExtractor.of(ALL, 10_000);
    EntityStateStore store = InMemoryEntityStateStore.of(Duration.ofDays(30), 1_000_000);
    for (int i = 0; i < transactions.size(); i++) {
      Transaction t = transactions.get(i);
      FeatureVector vector = extractor.extract(t, owner(t.payer()), store);
      assertThat(vector.saturated()).isEmpty();
      for (FeatureDefinition definition : ALL) {
        double expected = bruteForce(definition, transactions.subList(0, i), t);
        assertThat(vector.get(definition.name()))
            .as(definition.name() + " at " + i)
            .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
      }
    }
  }

  @Test
  void smallCapacityMarksSaturatedFeatures() {
    FeatureDefinition count =
        FeatureDefinition.of("n", EntityKind.ACCOUNT, Duration.ofHours(1), Aggregate.COUNT);
    FeatureExtractor extractor = FeatureExtractor.of(List.of(count), 3);
    EntityStateStore store = InMemoryEntityStateStore.of(Duration.ofDays(1), 100);
    FeatureVector last = null;
    for (int i = 0; i < 5; i++) {
      last = extractor.extract(transfer(i, "A1", "B1", 100, i * 60, null), Optional.empty(), store);
    }
    assertThat(last.get("n")).isEqualTo(4); // three kept plus the current one
    assertThat(last.saturated()).containsExactly("n");
  }

  @Test
  void duplicateNamesAreRefused() {
    FeatureDefinition a =
        FeatureDefinition.of("x", EntityKind.ACCOUNT, Duration.ofHours(1), Aggregate.COUNT);
    assertThatThrownBy(() -> FeatureExtractor.of(List.of(a, a)))
        .isInstanceOf(ValidationException.class)
        .extracting("code")
        .isEqualTo("feature.duplicate");
  }

  @Test
  void windowsOutsideOneMinuteToNinetyDaysAreRefused() {
    assertThatThrownBy(
            () ->
                FeatureDefinition.of("x", EntityKind.ACCOUNT, Duration.ofDays(91), Aggregate.COUNT))
        .extracting("code")
        .isEqualTo("feature.window");
    assertThatThrownBy(
            () ->
                FeatureDefinition.of(
                    "x", EntityKind.ACCOUNT, Duration.ofSeconds(59), Aggregate.COUNT))
        .extracting("code")
        .isEqualTo("feature.window");
  }

  private static Optional<PartyId> owner(AccountId account) {
    // accounts A0..A2 belong to customer C0, the rest to nobody known
    int n = Integer.parseInt(account.value().substring(1));
    return n < 3 ? Optional.of(PartyId.of("C0")) : Optional.empty();
  }

  private static List<Transaction> randomTransactions(Random random, int count) {
    List<Transaction> list = new ArrayList<>();
    long second = 0;
    for (int i = 0; i < count; i++) {
      second += random.nextInt(4) == 0 ? 0 : random.nextInt(4 * 3600);
      int payer = random.nextInt(6);
      int payee = (payer + 1 + random.nextInt(5)) % 6;
      String device = random.nextInt(3) == 0 ? null : "D" + random.nextInt(3);
      TransactionType type = random.nextBoolean() ? TransactionType.CARD : TransactionType.TRANSFER;
      Transaction t =
          transfer(i, "A" + payer, "A" + payee, 1 + random.nextInt(100_000), second, device);
      list.add(
          new Transaction(
              t.id(),
              t.timestamp(),
              t.payer(),
              t.payee(),
              t.amount(),
              t.channel(),
              type,
              t.deviceId(),
              t.geo(),
              t.counterpartyBank()));
    }
    return list;
  }

  private static Transaction transfer(
      int id, String payer, String payee, long cents, long second, String device) {
    return new Transaction(
        TransactionId.of("T" + id),
        T0.plusSeconds(second),
        AccountId.of(payer),
        AccountId.of(payee),
        Money.ofMinor(Currency.CNY, cents),
        Channel.MOBILE,
        TransactionType.TRANSFER,
        Optional.ofNullable(device),
        Optional.empty(),
        Optional.empty());
  }

  /** The entity id a transaction belongs to under {@code kind}, or null; and its counterparty. */
  private static String entity(EntityKind kind, Transaction t) {
    return switch (kind) {
      case ACCOUNT -> t.payer().value();
      case CUSTOMER -> owner(t.payer()).map(PartyId::value).orElse(null);
      case DEVICE -> t.deviceId().orElse(null);
      case COUNTERPARTY -> t.payee().value();
      case MERCHANT ->
          t.type() == TransactionType.CARD || t.type() == TransactionType.PAYMENT
              ? t.payee().value()
              : null;
    };
  }

  private static String counterparty(EntityKind kind, Transaction t) {
    return kind == EntityKind.ACCOUNT || kind == EntityKind.CUSTOMER
        ? t.payee().value()
        : t.payer().value();
  }

  private static double bruteForce(
      FeatureDefinition definition, List<Transaction> before, Transaction current) {
    EntityKind kind = definition.entity();
    String entity = entity(kind, current);
    long now = current.timestamp().toEpochMilli();
    long from = now - definition.window().toMillis();
    List<Transaction> history = new ArrayList<>();
    if (entity != null) {
      for (Transaction t : before) {
        long at = t.timestamp().toEpochMilli();
        if (entity.equals(entity(kind, t)) && at > from && at <= now) {
          history.add(t);
        }
      }
    }
    double amount = current.amount().amount().doubleValue();
    switch (definition.aggregate()) {
      case COUNT:
        return history.size() + 1;
      case SUM:
        return amount + history.stream().mapToDouble(t -> t.amount().amount().doubleValue()).sum();
      case MAX:
        return Math.max(
            amount,
            history.stream().mapToDouble(t -> t.amount().amount().doubleValue()).max().orElse(0));
      case DISTINCT_COUNTERPARTIES:
        {
          Set<String> set = new HashSet<>();
          set.add(counterparty(kind, current));
          history.forEach(t -> set.add(counterparty(kind, t)));
          return set.size();
        }
      case TIME_SINCE_LAST:
        return history.isEmpty()
            ? definition.window().toSeconds()
            : (now - history.get(history.size() - 1).timestamp().toEpochMilli()) / 1000.0;
      case AMOUNT_ZSCORE:
        {
          if (history.size() < 2) {
            return 0;
          }
          double[] cents = history.stream().mapToDouble(t -> t.amount().toMinor()).toArray();
          double mean = java.util.Arrays.stream(cents).average().orElse(0);
          double var = java.util.Arrays.stream(cents).map(c -> (c - mean) * (c - mean)).sum();
          double sd = Math.sqrt(var / cents.length);
          return sd == 0 ? 0 : (current.amount().toMinor() - mean) / sd;
        }
      case PRIOR_SAME_COUNTERPARTY:
        return history.stream()
            .filter(t -> counterparty(kind, t).equals(counterparty(kind, current)))
            .count();
      case PRIOR_SAME_DEVICE:
        return current.deviceId().isEmpty()
            ? -1
            : history.stream().filter(t -> t.deviceId().equals(current.deviceId())).count();
      case SUM_SAME_COUNTERPARTY:
        return amount
            + history.stream()
                .filter(t -> counterparty(kind, t).equals(counterparty(kind, current)))
                .mapToDouble(t -> t.amount().amount().doubleValue())
                .sum();
      default:
        throw new IllegalStateException();
    }
  }
}
