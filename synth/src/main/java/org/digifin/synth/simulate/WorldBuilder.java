package org.digifin.synth.simulate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Draws a {@link World} from a configuration. Everything comes from one {@link SplittableRandom}
 * seeded by the configuration's seed, in a fixed order, so the world is reproducible.
 */
final class WorldBuilder {

  private static final double ENTERPRISE_SHARE = 0.06;
  private static final double ELDERLY_SHARE = 0.21;
  private static final int[] HOUSEHOLD_SIZES = {1, 2, 3, 4};
  private static final double[] HOUSEHOLD_WEIGHTS = {25, 35, 25, 15};
  private static final byte[] PAY_DAYS = {5, 10, 15, 20, 25, 0};
  private static final double[] EMPLOYER_ACCEPTANCE = {0.05, 0.2, 0.6, 1.0};
  private static final int MERCHANT_INDUSTRY = 13;

  private final SplittableRandom random;
  final LocalDate start;
  private final long startDay;
  final int persons;
  final int enterprises;

  String[] personName;
  int[] birthDay;
  byte[] occupation;
  long[] income;
  byte[] personRegion;
  int[] incomeSource;
  byte[] payDay;
  int[] household;
  int[] contactStart;
  int[] contactAccount;
  boolean[] contactFamily;
  float[] cardRate;
  int[] personCurrent;
  int[] personCard;
  int[] personLoan;
  int[] personMule;
  int[] trustedContact;
  byte[] billDay;
  int[] muleCandidates;

  String[] enterpriseName;
  byte[] industry;
  byte[] size;
  int[] employeesDeclared;
  int[] founded;
  byte[] enterpriseRegion;
  int[] enterpriseCurrent;
  int[] enterpriseMerchant;
  int[] enterpriseLoan;
  byte[] enterprisePayDay;
  int[] supplierStart;
  int[] suppliers;
  int[] subAccountStart;
  int[] subAccounts;
  int[] employeeStart;
  int[] employees;
  int[] merchantsByRegionStart;
  int[] merchantsByRegion;

  final IntList accountOwner;
  private final IntList accountTypeList;
  final IntList accountOpened;
  private final IntList accountBankList;

  int[] vault;
  int pensionFund;
  int[] utilities;
  int[] externalEmployers;
  int[] friendExternals;
  int[] fraudExternals;

  WorldBuilder(SimulationConfig config) {
    random = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + 0x5EED);
    start = config.start();
    startDay = start.toEpochDay();
    enterprises = Math.max(12, (int) Math.round(config.customers() * ENTERPRISE_SHARE));
    persons = config.customers() - enterprises;
    int expectedAccounts = config.customers() * 3 + 1000;
    accountOwner = new IntList(expectedAccounts);
    accountTypeList = new IntList(expectedAccounts);
    accountOpened = new IntList(expectedAccounts);
    accountBankList = new IntList(expectedAccounts);
  }

  World build() {
    buildEnterprises();
    buildBankAndCounterparties();
    buildPersons();
    buildEmployees();
    buildContacts();
    buildSupplyChains();
    buildMerchantIndex();
    return new World(this);
  }

  byte[] accountTypes() {
    byte[] types = new byte[accountTypeList.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = (byte) accountTypeList.get(i);
    }
    return types;
  }

  byte[] accountBanks() {
    byte[] banks = new byte[accountBankList.size()];
    for (int i = 0; i < banks.length; i++) {
      banks[i] = (byte) accountBankList.get(i);
    }
    return banks;
  }

  private int openAccount(int owner, byte type, long openedDay, int bank) {
    accountOwner.add(owner);
    accountTypeList.add(type);
    // every account exists before the run starts
    accountOpened.add((int) Math.min(openedDay, startDay - 1));
    accountBankList.add(bank);
    return accountOwner.size() - 1;
  }

  private int openExternal() {
    return openAccount(
        -1,
        World.EXTERNAL,
        startDay - 30 - random.nextInt(3000),
        random.nextInt(ReferenceData.OTHER_BANKS.length));
  }

  private void buildEnterprises() {
    int n = enterprises;
    enterpriseName = new String[n];
    industry = new byte[n];
    size = new byte[n];
    employeesDeclared = new int[n];
    founded = new int[n];
    enterpriseRegion = new byte[n];
    enterpriseCurrent = new int[n];
    enterpriseMerchant = new int[n];
    enterpriseLoan = new int[n];
    enterprisePayDay = new byte[n];
    IntList subStart = new IntList(n + 1);
    boolean hasMerchant = false;
    IntList subs = new IntList(n);
    for (int e = 0; e < n; e++) {
      int party = persons + e;
      int ind = pick(ReferenceData.INDUSTRY_WEIGHTS);
      if (e == n - 1 && !hasMerchant) {
        ind = MERCHANT_INDUSTRY;
      }
      hasMerchant |= ReferenceData.INDUSTRY_MERCHANT[ind];
      industry[e] = (byte) ind;
      int sz = pick(ReferenceData.SIZE_WEIGHTS);
      if (ReferenceData.INDUSTRY_MERCHANT[ind] && sz > 1 && random.nextDouble() < 0.7) {
        sz = random.nextInt(2);
      }
      size[e] = (byte) sz;
      employeesDeclared[e] =
          ReferenceData.SIZE_MIN_EMPLOYEES[sz]
              + random.nextInt(
                  ReferenceData.SIZE_MAX_EMPLOYEES[sz] - ReferenceData.SIZE_MIN_EMPLOYEES[sz] + 1);
      int region = pick(ReferenceData.REGION_WEIGHTS);
      enterpriseRegion[e] = (byte) region;
      founded[e] = (int) (startDay - 365 - random.nextInt(365 * 30));
      enterpriseName[e] =
          ReferenceData.REGION_NAMES[region]
              + one(ReferenceData.FIRM_WORDS)
              + one(ReferenceData.FIRM_WORDS)
              + ReferenceData.INDUSTRY_WORDS[ind]
              + (sz >= 2 ? "股份有限公司" : "有限公司");
      long opened = founded[e] + random.nextInt((int) Math.max(1, startDay - 30 - founded[e]));
      enterpriseCurrent[e] = openAccount(party, World.CURRENT, opened, -1);
      enterpriseMerchant[e] =
          ReferenceData.INDUSTRY_MERCHANT[ind]
              ? openAccount(party, World.MERCHANT, opened + random.nextInt(30), -1)
              : -1;
      enterpriseLoan[e] =
          random.nextDouble() < 0.45
              ? openAccount(party, World.LOAN, startDay - 30 - random.nextInt(1000), -1)
              : -1;
      enterprisePayDay[e] = PAY_DAYS[random.nextInt(PAY_DAYS.length)];
      subStart.add(subs.size());
      int subCount = sz == 3 ? 3 + random.nextInt(3) : sz == 2 && random.nextBoolean() ? 2 : 0;
      for (int s = 0; s < subCount; s++) {
        subs.add(openAccount(party, World.CURRENT, opened + random.nextInt(300), -1));
      }
    }
    subStart.add(subs.size());
    subAccountStart = subStart.toArray();
    subAccounts = subs.toArray();
  }

  private void buildBankAndCounterparties() {
    int bank = persons + enterprises;
    int regions = ReferenceData.REGION_CODES.length;
    vault = new int[regions];
    for (int r = 0; r < regions; r++) {
      vault[r] = openAccount(bank, World.CURRENT, startDay - 5000, -1);
    }
    pensionFund = openExternal();
    utilities = new int[3];
    for (int i = 0; i < utilities.length; i++) {
      utilities[i] = openExternal();
    }
    externalEmployers = new int[Math.max(5, persons / 150)];
    for (int i = 0; i < externalEmployers.length; i++) {
      externalEmployers[i] = openExternal();
    }
    friendExternals = new int[Math.max(20, persons / 6)];
    for (int i = 0; i < friendExternals.length; i++) {
      friendExternals[i] = openExternal();
    }
    fraudExternals = new int[Math.max(300, (persons + enterprises) / 10)];
    for (int i = 0; i < fraudExternals.length; i++) {
      fraudExternals[i] = openExternal();
    }
  }

  private void buildPersons() {
    int n = persons;
    personName = new String[n];
    birthDay = new int[n];
    occupation = new byte[n];
    income = new long[n];
    personRegion = new byte[n];
    incomeSource = new int[n];
    payDay = new byte[n];
    household = new int[n];
    cardRate = new float[n];
    personCurrent = new int[n];
    personCard = new int[n];
    personLoan = new int[n];
    personMule = new int[n];
    trustedContact = new int[n];
    billDay = new byte[n];
    IntList mules = new IntList(n / 20);
    int householdId = 0;
    int householdLeft = 0;
    int householdRegion = 0;
    for (int p = 0; p < n; p++) {
      if (householdLeft == 0) {
        householdId++;
        householdLeft = HOUSEHOLD_SIZES[pick(HOUSEHOLD_WEIGHTS)];
        householdRegion = pick(ReferenceData.REGION_WEIGHTS);
      }
      householdLeft--;
      household[p] = householdId;
      personRegion[p] = (byte) householdRegion;
      int age = drawAge();
      birthDay[p] = (int) (startDay - (long) age * 365 - age / 4 - random.nextInt(365));
      personName[p] =
          one(ReferenceData.SURNAMES)
              + one(ReferenceData.GIVEN)
              + (random.nextDouble() < 0.7 ? one(ReferenceData.GIVEN) : "");
      int occ = drawOccupation(age);
      occupation[p] = (byte) occ;
      double monthly =
          ReferenceData.OCCUPATION_MEDIAN_INCOME[occ] * Math.exp(0.35 * random.nextGaussian());
      income[p] = Math.round(monthly) * 100;
      long firstOpen = Math.max(birthDay[p] + 16L * 365, startDay - 15L * 365);
      long opened = firstOpen + random.nextInt((int) Math.max(1, startDay - 60 - firstOpen));
      personCurrent[p] = openAccount(p, World.CURRENT, opened, -1);
      personCard[p] =
          age >= 20 && age < 72 && random.nextDouble() < 0.45
              ? openAccount(p, World.CARD, opened + random.nextInt(200), -1)
              : -1;
      if (random.nextDouble() < 0.3) {
        openAccount(p, World.SAVINGS, opened + random.nextInt(400), -1);
      }
      boolean borrower = age >= 22 && age < 63 && occ != ReferenceData.STUDENT;
      personLoan[p] =
          borrower && random.nextDouble() < 0.35
              ? openAccount(p, World.LOAN, startDay - 30 - random.nextInt(2000), -1)
              : -1;
      boolean recruitable = age >= 18 && age <= 32 && income[p] < 900_000;
      if (recruitable && random.nextDouble() < 0.06) {
        personMule[p] = openAccount(p, World.CURRENT, startDay - 5 - random.nextInt(55), -1);
        mules.add(p);
      } else {
        personMule[p] = -1;
      }
      billDay[p] = (byte) (1 + random.nextInt(28));
      double ageFactor = age < 31 ? 2.0 : age < 46 ? 1.8 : age < 60 ? 1.3 : age < 71 ? 0.8 : 0.4;
      double incomeFactor = Math.pow(Math.max(monthly, 800) / 8000.0, 0.3);
      cardRate[p] = (float) (ageFactor * incomeFactor * (0.5 + random.nextDouble()));
      trustedContact[p] = -1;
      assignIncomeSource(p, occ);
    }
    muleCandidates = mules.toArray();
    for (int p = 0; p < n; p++) {
      if (ageOnStart(p) >= 60) {
        trustedContact[p] = findTrustedContact(p);
      }
    }
  }

  private void assignIncomeSource(int p, int occ) {
    if (occ == ReferenceData.RETIRED) {
      incomeSource[p] = pensionFund;
      payDay[p] = 5;
    } else if (occ == ReferenceData.STUDENT || occ == ReferenceData.FARMER) {
      incomeSource[p] = friendExternals[random.nextInt(friendExternals.length)];
      payDay[p] = (byte) (1 + random.nextInt(28));
    } else if (random.nextDouble() < 0.75) {
      int e = drawEmployer();
      incomeSource[p] = enterpriseCurrent[e];
      payDay[p] = enterprisePayDay[e];
    } else {
      incomeSource[p] = externalEmployers[random.nextInt(externalEmployers.length)];
      payDay[p] = PAY_DAYS[random.nextInt(PAY_DAYS.length)];
    }
  }

  private int drawEmployer() {
    // larger employers take more of the bank's customers on their payroll
    for (int attempt = 0; ; attempt++) {
      int e = random.nextInt(enterprises);
      double accept = EMPLOYER_ACCEPTANCE[size[e]];
      if (attempt > 20 || random.nextDouble() < accept) {
        return e;
      }
    }
  }

  private int findTrustedContact(int p) {
    for (int q = Math.max(0, p - 3); q < Math.min(persons, p + 4); q++) {
      if (q != p && household[q] == household[p] && ageOnStart(q) < 60) {
        return q;
      }
    }
    return random.nextDouble() < 0.5 ? random.nextInt(persons) : -1;
  }

  private int ageOnStart(int p) {
    return (int) ((startDay - birthDay[p]) * 4 / 1461);
  }

  /** Adults 18 and over; {@value #ELDERLY_SHARE} of them 60 or older, as in China's census. */
  private int drawAge() {
    if (random.nextDouble() < ELDERLY_SHARE) {
      return Math.min(98, 60 + (int) (-9.0 * Math.log(1 - random.nextDouble())));
    }
    // working ages 18-59, a bulge between 25 and 45
    double u = (random.nextDouble() + random.nextDouble() + random.nextDouble()) / 3;
    return 18 + (int) (u * 42);
  }

  private int drawOccupation(int age) {
    if (age >= 60) {
      return age < 65 && random.nextDouble() < 0.15
          ? pick(ReferenceData.OCCUPATION_WEIGHTS)
          : ReferenceData.RETIRED;
    }
    if (age <= 22 && random.nextDouble() < 0.6) {
      return ReferenceData.STUDENT;
    }
    return pick(ReferenceData.OCCUPATION_WEIGHTS);
  }

  private void buildEmployees() {
    int[] counts = new int[enterprises + 1];
    int[] enterpriseOfCurrent = enterpriseByCurrentAccount();
    for (int p = 0; p < persons; p++) {
      int e = enterpriseOfCurrent(enterpriseOfCurrent, incomeSource[p]);
      if (e >= 0) {
        counts[e + 1]++;
      }
    }
    for (int e = 0; e < enterprises; e++) {
      counts[e + 1] += counts[e];
    }
    employeeStart = counts.clone();
    employees = new int[counts[enterprises]];
    int[] fill = counts.clone();
    for (int p = 0; p < persons; p++) {
      int e = enterpriseOfCurrent(enterpriseOfCurrent, incomeSource[p]);
      if (e >= 0) {
        employees[fill[e]++] = p;
      }
    }
  }

  private int[] enterpriseByCurrentAccount() {
    int[] byAccount = new int[accountOwner.size()];
    java.util.Arrays.fill(byAccount, -1);
    for (int e = 0; e < enterprises; e++) {
      byAccount[enterpriseCurrent[e]] = e;
    }
    return byAccount;
  }

  private static int enterpriseOfCurrent(int[] byAccount, int account) {
    return account < byAccount.length ? byAccount[account] : -1;
  }

  private void buildContacts() {
    IntList start = new IntList(persons + 1);
    IntList accounts = new IntList(persons * 6);
    IntList family = new IntList(persons * 6);
    for (int p = 0; p < persons; p++) {
      start.add(accounts.size());
      for (int q = Math.max(0, p - 3); q < Math.min(persons, p + 4); q++) {
        if (q != p && household[q] == household[p]) {
          accounts.add(personCurrent[q]);
          family.add(1);
        }
      }
      int friends = 2 + random.nextInt(4);
      for (int f = 0; f < friends; f++) {
        int q = random.nextInt(persons);
        if (personRegion[q] != personRegion[p]) {
          q = random.nextInt(persons);
        }
        if (q != p) {
          accounts.add(personCurrent[q]);
          family.add(0);
        }
      }
      int externalFriends = random.nextInt(3);
      for (int f = 0; f < externalFriends; f++) {
        accounts.add(friendExternals[random.nextInt(friendExternals.length)]);
        family.add(0);
      }
    }
    start.add(accounts.size());
    contactStart = start.toArray();
    contactAccount = accounts.toArray();
    contactFamily = new boolean[contactAccount.length];
    for (int i = 0; i < contactFamily.length; i++) {
      contactFamily[i] = family.get(i) == 1;
    }
  }

  private void buildSupplyChains() {
    int maxTier = 4;
    IntList[] byTier = new IntList[maxTier + 1];
    for (int t = 0; t <= maxTier; t++) {
      byTier[t] = new IntList(enterprises);
    }
    for (int e = 0; e < enterprises; e++) {
      byTier[ReferenceData.INDUSTRY_TIER[industry[e]]].add(e);
    }
    IntList start = new IntList(enterprises + 1);
    IntList links = new IntList(enterprises * 3);
    for (int e = 0; e < enterprises; e++) {
      start.add(links.size());
      int tier = ReferenceData.INDUSTRY_TIER[industry[e]];
      if (tier == 0) {
        continue;
      }
      int count = 1 + random.nextInt(2 + size[e]);
      for (int k = 0; k < count; k++) {
        int t = random.nextDouble() < 0.7 ? tier - 1 : random.nextInt(tier);
        while (t > 0 && byTier[t].size() == 0) {
          t--;
        }
        if (byTier[t].size() == 0) {
          continue;
        }
        int supplier = byTier[t].get(random.nextInt(byTier[t].size()));
        boolean duplicate = false;
        for (int i = start.get(e); i < links.size(); i++) {
          duplicate |= links.get(i) == supplier;
        }
        if (!duplicate && supplier != e) {
          links.add(supplier);
        }
      }
    }
    start.add(links.size());
    supplierStart = start.toArray();
    suppliers = links.toArray();
  }

  private void buildMerchantIndex() {
    int regions = ReferenceData.REGION_CODES.length;
    IntList start = new IntList(regions + 2);
    IntList merchants = new IntList(enterprises);
    for (int r = 0; r <= regions; r++) {
      start.add(merchants.size());
      for (int e = 0; e < enterprises; e++) {
        if (enterpriseMerchant[e] >= 0 && (r == regions || enterpriseRegion[e] == r)) {
          merchants.add(e);
        }
      }
    }
    start.add(merchants.size());
    merchantsByRegionStart = start.toArray();
    merchantsByRegion = merchants.toArray();
  }

  private int pick(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private String one(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
