package org.digifin.synth.simulate;

/**
 * The fixed tables the simulated bank is drawn from: regions with their coordinates, occupations
 * with incomes, industries with their place in supply chains, other banks, and the characters
 * Chinese names are made of. Figures are plausible orders of magnitude, not statistics of record.
 */
final class ReferenceData {

  private ReferenceData() {}

  /** GB/T 2260 province-level codes; the bank is strongest in Shanghai and the Yangtze delta. */
  static final String[] REGION_CODES = {
    "310000", "320000", "330000", "110000", "440000", "510000", "420000", "370000", "610000",
    "500000", "120000", "410000", "350000", "430000", "210000"
  };

  /** Capital-city latitude of each region, in 1e-4 degrees. */
  static final int[] REGION_LAT_E4 = {
    312304, 320603, 302741, 399042, 231291, 305728, 305928, 366512, 343416, 295630, 391256, 347466,
    260745, 282282, 418057
  };

  /** Capital-city longitude of each region, in 1e-4 degrees. */
  static final int[] REGION_LON_E4 = {
    1214737, 1187969, 1201551, 1164074, 1132644, 1040668, 1143055, 1171201, 1089398, 1065516,
    1171901, 1136254, 1192965, 1129388, 1234315
  };

  /** Relative share of customers per region. */
  static final double[] REGION_WEIGHTS = {30, 14, 12, 7, 7, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2};

  /** Person occupations; index is the occupation code used in the world arrays. */
  static final String[] OCCUPATIONS = {
    "FACTORY_WORKER",
    "OFFICE_CLERK",
    "ENGINEER",
    "TEACHER",
    "DOCTOR",
    "CIVIL_SERVANT",
    "SALES",
    "DRIVER",
    "FARMER",
    "STUDENT",
    "RETIRED"
  };

  static final int FARMER = 8;
  static final int STUDENT = 9;
  static final int RETIRED = 10;

  /** GB/T 4754 industry of each occupation (written as a person's industry code). */
  static final String[] OCCUPATION_INDUSTRY = {
    "C38", "L72", "I65", "P83", "Q84", "S92", "F52", "G54", "A01", "", ""
  };

  /** Median monthly income in CNY; pension for the retired, allowance for students. */
  static final double[] OCCUPATION_MEDIAN_INCOME = {
    6_500, 8_000, 18_000, 9_000, 14_000, 9_500, 7_000, 7_500, 3_500, 1_500, 3_800
  };

  /** Relative share among working-age persons (students and retirees are set by age). */
  static final double[] OCCUPATION_WEIGHTS = {18, 16, 10, 7, 4, 5, 14, 9, 8, 0, 0};

  /** Enterprise industries (GB/T 4754-2017). */
  static final String[] INDUSTRY_CODES = {
    "A01", "A03", "C13", "C26", "C36", "C38", "C39", "C3825", "D4415", "D4416", "M73", "I65", "F51",
    "F52", "H62", "E47"
  };

  static final String[] INDUSTRY_WORDS = {
    "农业", "牧业", "食品", "化工", "汽车", "电气", "电子", "光伏", "风电", "光能", "科技研发", "软件", "贸易", "商贸", "餐饮", "建设"
  };

  /**
   * Supply-chain tier: an enterprise buys from enterprises of a lower tier, so goods flow from
   * farms and power plants through manufacturers and wholesalers to shops and restaurants.
   */
  static final int[] INDUSTRY_TIER = {0, 0, 1, 1, 2, 1, 2, 1, 0, 0, 1, 2, 3, 4, 4, 2};

  static final boolean[] INDUSTRY_SCI_TECH = {
    false, false, false, false, false, false, true, true, false, false, true, true, false, false,
    false, false
  };

  static final boolean[] INDUSTRY_GREEN = {
    false, false, false, false, false, false, false, true, true, true, false, false, false, false,
    false, false
  };

  /** Retail shops and restaurants take card payments: they hold merchant accounts. */
  static final boolean[] INDUSTRY_MERCHANT = {
    false, false, false, false, false, false, false, false, false, false, false, false, false, true,
    true, false
  };

  static final double[] INDUSTRY_WEIGHTS = {5, 3, 6, 4, 3, 6, 5, 3, 2, 2, 4, 5, 10, 22, 16, 4};

  /** Median card ticket in CNY at a merchant of this industry (only merchants are used). */
  static final double[] INDUSTRY_TICKET = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 120, 55, 0};

  static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
  static final int[] SIZE_MIN_EMPLOYEES = {2, 10, 100, 1000};
  static final int[] SIZE_MAX_EMPLOYEES = {9, 99, 999, 5000};
  static final double[] SIZE_WEIGHTS = {55, 30, 12, 3};

  /** Median B2B order value in CNY by buyer size. */
  static final double[] SIZE_ORDER_MEDIAN = {15_000, 60_000, 300_000, 1_500_000};

  /** CNAPS codes of other banks (illustrative head-office codes). */
  static final String[] OTHER_BANKS = {
    "102100099996",
    "103100000026",
    "104100000004",
    "105100000017",
    "301290000007",
    "308584000013",
    "403100000004",
    "302100011000"
  };

  /** The simulated bank's own code, written on its accounts. */
  static final String OWN_BANK = "313290000017";

  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
    "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "欧阳", "司马"
  };

  static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞",
    "平", "刚", "桂", "英", "华", "玉", "兰", "建", "国", "文", "辉", "鑫", "宇", "浩", "晨", "欣", "怡", "子", "梓",
    "轩", "涵"
  };

  static final String[] FIRM_WORDS = {
    "华", "盛", "鑫", "源", "恒", "达", "远", "通", "瑞", "丰", "新", "智", "创", "信", "诚", "泰", "安", "汇", "德",
    "宏"
  };

  static final String[] REGION_NAMES = {
    "上海", "江苏", "浙江", "北京", "广东", "四川", "湖北", "山东", "陕西", "重庆", "天津", "河南", "福建", "湖南", "辽宁"
  };
}
