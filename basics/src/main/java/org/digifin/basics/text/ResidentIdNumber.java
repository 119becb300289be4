package org.digifin.basics.text;

/**
 * The check of a resident identity number (居民身份证号, GB 11643-1999): 17 digits and an ISO 7064 MOD
 * 11-2 check character, 0-9 or X.
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ResidentIdNumber() {}

  /** True when {@code text} is 18 characters with a correct check character. */
  public static boolean isValid(CharSequence text) {
    if (text == null || text.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return Character.toUpperCase(text.charAt(17)) == CHECK[sum % 11];
  }

  /** The check character for the first 17 digits of {@code body}. */
  public static char checkCharacter(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
