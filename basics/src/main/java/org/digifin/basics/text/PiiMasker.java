package org.digifin.basics.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal identifiers in free text: resident ID numbers, mainland mobile numbers and bank
 * card numbers. Used on every log line and wherever text leaves the platform.
 *
 * <p>Only numbers that pass their own check are masked (a valid ID check character, a Luhn-valid
 * card), so amounts, timestamps and transaction ids stay readable. Masking keeps enough to let a
 * person match a record: the first 6 and last 4 of an ID or card (issuer and region stay visible),
 * the first 3 and last 4 of a phone.
 */
public final class PiiMasker {

  /** The masker; stateless. */
  public static final PiiMasker DEFAULT = new PiiMasker();

  private static final Pattern RESIDENT_ID =
      Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])\\d{13,19}(?![0-9A-Za-z])");
  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86)?1[3-9]\\d{9}(?![0-9A-Za-z])");

  private PiiMasker() {}

  /** {@code text} with every identifier masked; the same text when there is none. */
  public String mask(String text) {
    if (text == null || text.length() < 11) {
      return text;
    }
    String masked = replace(text, RESIDENT_ID, 6, 4, ResidentIdNumber::isValid);
    // Mobiles before cards: a mobile written 86138... is 13 digits and, one time in ten,
    // Luhn-valid,
    // and would otherwise be masked as a card, showing a digit more than a mobile may.
    masked = replace(masked, MOBILE, -3, 4, s -> true);
    return replace(masked, CARD, 6, 4, PiiMasker::luhnValid);
  }

  private interface Validity {
    boolean test(String candidate);
  }

  /**
   * Keeps {@code keepHead} leading and {@code keepTail} trailing characters; negative head counts
   * from the end of a +86 prefix.
   */
  private static String replace(
      String text, Pattern pattern, int keepHead, int keepTail, Validity validity) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String found = matcher.group();
      out.append(text, last, matcher.start());
      if (validity.test(found)) {
        int head = keepHead >= 0 ? keepHead : found.length() - 11 - keepHead;
        out.append(found, 0, head)
            .append("*".repeat(found.length() - head - keepTail))
            .append(found, found.length() - keepTail, found.length());
      } else {
        out.append(found);
      }
      last = matcher.end();
    } while (matcher.find());
    return out.append(text, last, text.length()).toString();
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }
}
