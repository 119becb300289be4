package org.digifin.server.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.AccountStatus;
import org.digifin.basics.domain.AccountType;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.id.TransactionId;
import org.digifin.basics.money.Currency;
import org.digifin.basics.money.Money;
import org.digifin.server.ingest.IngestMode;
import org.digifin.server.ingest.RowReader;
import org.digifin.server.ingest.TransactionIngestService;
import org.digifin.server.ingest.TransactionRepository;
import org.digifin.server.party.AccountRepository;
import org.digifin.server.party.PartyRepository;
import org.digifin.server.party.ReferenceDataService;
import org.springframework.stereotype.Component;

/**
 * A small, seeded sample bank: persons and enterprises with accounts, and a month of transfers,
 * card payments and salaries. It goes through the same services as any client's data, so the demo
 * also exercises ingest and audit.
 */
@Component
public class DemoBank {

  static final String ACTOR = "demo";
  private static final String[] REGIONS = {"310000", "110000", "440300", "330100", "510100"};
  private static final String[] INDUSTRIES = {"C39", "D44", "A01", "F51", "I65"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"};

  private final ReferenceDataService reference;
  private final TransactionIngestService ingest;
  private final PartyRepository parties;
  private final AccountRepository accounts;
  private final TransactionRepository transactions;
  private final Clock clock;

  public DemoBank(
      ReferenceDataService reference,
      TransactionIngestService ingest,
      PartyRepository parties,
      AccountRepository accounts,
      TransactionRepository transactions,
      Clock clock) {
    this.reference = reference;
    this.ingest = ingest;
    this.parties = parties;
    this.accounts = accounts;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * What the database holds after loading.
   *
   * @param parties parties stored
   * @param accounts accounts stored
   * @param transactions transactions stored
   * @param fresh whether this call loaded them
   */
  public record Loaded(long parties, long accounts, long transactions, boolean fresh) {}

  /** Loads the sample bank for {@code seed} unless the database already holds parties. */
  public Loaded loadIfEmpty(long seed) {
    boolean fresh = parties.count() == 0;
    if (fresh) {
      load(seed, 400, 20_000);
    }
    return new Loaded(parties.count(), accounts.count(), transactions.count(), fresh);
  }

  void load(long seed, int customers, int transactionCount) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate today = LocalDate.now(clock);
    List<Party> people = new ArrayList<>();
    List<Account> books = new ArrayList<>();
    for (int i = 1; i <= customers; i++) {
      boolean enterprise = i % 8 == 0;
      PartyId id = PartyId.of(String.format("P%06d", i));
      people.add(
          new Party(
              id,
              enterprise ? PartyKind.ENTERPRISE : PartyKind.PERSON,
              enterprise
                  ? SURNAMES[random.nextInt(SURNAMES.length)] + "氏科技有限公司 " + i
                  : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
              today
                  .minusYears(enterprise ? 1 + random.nextInt(30) : 18 + random.nextInt(70))
                  .minusDays(random.nextInt(365)),
              enterprise
                  ? Optional.of(INDUSTRIES[random.nextInt(INDUSTRIES.length)])
                  : Optional.empty(),
              REGIONS[random.nextInt(REGIONS.length)]));
      books.add(
          new Account(
              AccountId.of(String.format("A%06d", i)),
              Optional.of(id),
              enterprise ? AccountType.CURRENT : AccountType.SAVINGS,
              Currency.CNY,
              today.minusDays(30 + random.nextInt(3000)),
              AccountStatus.ACTIVE,
              Optional.empty()));
    }
    reference.createParties(people, ACTOR);
    reference.createAccounts(books, ACTOR);

    Instant end = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant start = end.minus(Duration.ofDays(30));
    long span = Duration.between(start, end).toSeconds();
    Channel[] channels = Channel.values();
    List<Transaction> batch = new ArrayList<>(transactionCount);
    for (int i = 1; i <= transactionCount; i++) {
      int payer = 1 + random.nextInt(customers);
      int payee = 1 + random.nextInt(customers - 1);
      if (payee >= payer) {
        payee++;
      }
      boolean salary = payer % 8 == 0 && random.nextInt(4) == 0;
      double amount = salary ? 6000 + random.nextInt(20000) : Math.exp(3 + random.nextDouble() * 6);
      batch.add(
          Transaction.of(
              TransactionId.of(String.format("DEMO-%d-%07d", seed, i)),
              start.plusSeconds(random.nextLong(span)),
              AccountId.of(String.format("A%06d", payer)),
              AccountId.of(String.format("A%06d", payee)),
              Money.of(Currency.CNY, BigDecimal.valueOf(Math.max(1, amount))),
              salary ? Channel.CORPORATE : channels[random.nextInt(channels.length)],
              salary ? TransactionType.SALARY : TransactionType.TRANSFER));
    }
    ingest.ingest(RowReader.of(batch), IngestMode.ALL_OR_NOTHING, ACTOR, "demo");
  }
}
