package org.digifin.server.web;

import org.digifin.basics.Checks;

/**
 * A validated page number and size from query parameters.
 *
 * @param page 0-based
 * @param size 1 to {@link Page#MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  public PageRequest {
    Checks.check(page >= 0, "page.invalid", "page", "page must be 0 or more");
    Checks.check(
        size >= 1 && size <= Page.MAX_SIZE,
        "page.size",
        "size",
        "size must be between 1 and " + Page.MAX_SIZE);
  }

  public long offset() {
    return (long) page * size;
  }

  /** The number of rows to fetch: one more than the size, to know whether more exist. */
  public int fetch() {
    return size + 1;
  }
}
