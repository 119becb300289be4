package org.digifin.synth.simulate;

import java.time.LocalDate;
import java.util.Optional;
import org.digifin.basics.domain.Account;
import org.digifin.basics.domain.AccountStatus;
import org.digifin.basics.domain.AccountType;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.id.AccountId;
import org.digifin.basics.id.PartyId;
import org.digifin.basics.money.Currency;

/**
 * The simulated bank's customers and accounts, fixed for a run: persons, enterprises (merchants
 * among them), the bank itself, and counterparty accounts at other banks.
 *
 * <p>Held as primitive arrays indexed by party and account number so a million customers cost tens
 * of megabytes, not gigabytes; {@link #party(int)} and {@link #account(int)} build the basics
 * records on demand. Party {@code i} has id {@code P<i+1>}, account {@code i} has id {@code
 * A<i+1>}. Persons come first, then enterprises, then the bank.
 */
public final class World {

  static final byte CURRENT = (byte) AccountType.CURRENT.ordinal();
  static final byte SAVINGS = (byte) AccountType.SAVINGS.ordinal();
  static final byte CARD = (byte) AccountType.CARD.ordinal();
  static final byte LOAN = (byte) AccountType.LOAN.ordinal();
  static final byte MERCHANT = (byte) AccountType.MERCHANT.ordinal();
  static final byte EXTERNAL = (byte) AccountType.EXTERNAL.ordinal();

  private static final AccountType[] ACCOUNT_TYPES = AccountType.values();

  final LocalDate start;
  final int persons;
  final int enterprises;
  final int bankParty;

  // persons
  final String[] personName;
  final int[] birthDay;
  final byte[] occupation;
  final long[] income;
  final byte[] personRegion;
  final int[] incomeSource;
  final byte[] payDay;
  final int[] household;
  final int[] contactStart;
  final int[] contactAccount;
  final boolean[] contactFamily;
  final float[] cardRate;
  final int[] personCurrent;
  final int[] personCard;
  final int[] personLoan;
  final int[] personMule;
  final int[] trustedContact;
  final byte[] billDay;
  final int[] muleCandidates;

  // enterprises
  final String[] enterpriseName;
  final byte[] industry;
  final byte[] size;
  final int[] employeesDeclared;
  final int[] founded;
  final byte[] enterpriseRegion;
  final int[] enterpriseCurrent;
  final int[] enterpriseMerchant;
  final int[] enterpriseLoan;
  final byte[] enterprisePayDay;
  final int[] supplierStart;
  final int[] suppliers;
  final int[] subAccountStart;
  final int[] subAccounts;
  final int[] employeeStart;
  final int[] employees;
  final int[] merchantsByRegionStart;
  final int[] merchantsByRegion;

  // accounts
  final int[] accountOwner;
  final byte[] accountType;
  final int[] accountOpened;
  final byte[] accountBank;

  // the bank's own and other banks' accounts
  final int[] vault;
  final int pensionFund;
  final int[] utilities;
  final int[] externalEmployers;
  final int[] fraudExternals;

  private final AccountId[] accountIds;

  World(WorldBuilder b) {
    start = b.start;
    persons = b.persons;
    enterprises = b.enterprises;
    bankParty = persons + enterprises;
    personName = b.personName;
    birthDay = b.birthDay;
    occupation = b.occupation;
    income = b.income;
    personRegion = b.personRegion;
    incomeSource = b.incomeSource;
    payDay = b.payDay;
    household = b.household;
    contactStart = b.contactStart;
    contactAccount = b.contactAccount;
    contactFamily = b.contactFamily;
    cardRate = b.cardRate;
    personCurrent = b.personCurrent;
    personCard = b.personCard;
    personLoan = b.personLoan;
    personMule = b.personMule;
    trustedContact = b.trustedContact;
    billDay = b.billDay;
    muleCandidates = b.muleCandidates;
    enterpriseName = b.enterpriseName;
    industry = b.industry;
    size = b.size;
    employeesDeclared = b.employeesDeclared;
    founded = b.founded;
    enterpriseRegion = b.enterpriseRegion;
    enterpriseCurrent = b.enterpriseCurrent;
    enterpriseMerchant = b.enterpriseMerchant;
    enterpriseLoan = b.enterpriseLoan;
    enterprisePayDay = b.enterprisePayDay;
    supplierStart = b.supplierStart;
    suppliers = b.suppliers;
    subAccountStart = b.subAccountStart;
    subAccounts = b.subAccounts;
    employeeStart = b.employeeStart;
    employees = b.employees;
    merchantsByRegionStart = b.merchantsByRegionStart;
    merchantsByRegion = b.merchantsByRegion;
    accountOwner = b.accountOwner.toArray();
    accountType = b.accountTypes();
    accountOpened = b.accountOpened.toArray();
    accountBank = b.accountBanks();
    vault = b.vault;
    pensionFund = b.pensionFund;
    utilities = b.utilities;
    externalEmployers = b.externalEmployers;
    fraudExternals = b.fraudExternals;
    accountIds = new AccountId[accountOwner.length];
  }

  /** Builds the world a configuration describes; the same configuration gives the same world. */
  public static World of(SimulationConfig config) {
    return new WorldBuilder(config).build();
  }

  /** Persons, enterprises and the bank. */
  public int partyCount() {
    return bankParty + 1;
  }

  /** Persons among the parties: indices {@code 0} to {@code personCount() - 1}. */
  public int personCount() {
    return persons;
  }

  /** Enterprises among the parties, merchants included. */
  public int enterpriseCount() {
    return enterprises;
  }

  /** Accounts, ours and other banks'. */
  public int accountCount() {
    return accountOwner.length;
  }

  /** The party with index {@code index}. */
  public Party party(int index) {
    if (index < persons) {
      return new Party(
          partyId(index),
          PartyKind.PERSON,
          personName[index],
          LocalDate.ofEpochDay(birthDay[index]),
          personIndustry(index),
          ReferenceData.REGION_CODES[personRegion[index]]);
    }
    if (index < bankParty) {
      int e = index - persons;
      return new Party(
          partyId(index),
          PartyKind.ENTERPRISE,
          enterpriseName[e],
          LocalDate.ofEpochDay(founded[e]),
          Optional.of(ReferenceData.INDUSTRY_CODES[industry[e]]),
          ReferenceData.REGION_CODES[enterpriseRegion[e]]);
    }
    return new Party(
        partyId(index),
        PartyKind.ENTERPRISE,
        "数字金融示范银行股份有限公司",
        LocalDate.of(1998, 6, 18),
        Optional.of("J66"),
        "310000");
  }

  /** The account with index {@code index}. */
  public Account account(int index) {
    int owner = accountOwner[index];
    int bank = accountBank[index];
    return new Account(
        accountId(index),
        owner < 0 ? Optional.empty() : Optional.of(partyId(owner)),
        ACCOUNT_TYPES[accountType[index]],
        Currency.CNY,
        LocalDate.ofEpochDay(accountOpened[index]),
        AccountStatus.ACTIVE,
        Optional.of(bank < 0 ? ReferenceData.OWN_BANK : ReferenceData.OTHER_BANKS[bank]));
  }

  /** The id of account {@code index}, {@code A<index+1>}; cached. */
  public AccountId accountId(int index) {
    AccountId id = accountIds[index];
    if (id == null) {
      id = AccountId.of("A" + (index + 1));
      accountIds[index] = id;
    }
    return id;
  }

  /** The id of party {@code index}, {@code P<index+1>}. */
  public static PartyId partyId(int index) {
    return PartyId.of("P" + (index + 1));
  }

  /** True when person {@code person} is 60 or older on {@code date}. */
  public boolean isElderly(int person, LocalDate date) {
    return party(person).isElderlyOn(date);
  }

  Optional<String> personIndustry(int person) {
    String code = ReferenceData.OCCUPATION_INDUSTRY[occupation[person]];
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }

  boolean isExternal(int account) {
    return accountBank[account] >= 0;
  }

  /** Age in whole years on epoch day {@code day}, close enough for behaviour (365.25-day years). */
  int ageOn(int person, long day) {
    return (int) ((day - birthDay[person]) * 4 / 1461);
  }
}
