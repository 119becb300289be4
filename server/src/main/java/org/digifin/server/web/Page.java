package org.digifin.server.web;

import java.util.List;

/**
 * One page of a list read.
 *
 * @param items the items on this page
 * @param page the 0-based page number
 * @param size the page size asked for
 * @param hasMore whether a next page has items
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

  /** The largest page size accepted. */
  public static final int MAX_SIZE = 500;

  /**
   * A page from {@code fetched}, which holds up to {@code size + 1} items (the extra one says more
   * exist).
   */
  public static <T> Page<T> of(List<T> fetched, int page, int size) {
    boolean more = fetched.size() > size;
    return new Page<>(
        more ? List.copyOf(fetched.subList(0, size)) : List.copyOf(fetched), page, size, more);
  }
}
