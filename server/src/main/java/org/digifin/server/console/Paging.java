package org.digifin.server.console;

import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Page parameters as the console takes them: forgiving (a bad number means the first page, a huge
 * size is capped), since they come from links and address bars rather than API clients.
 */
final class Paging {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  private Paging() {}

  static PageRequest request(String page, String size) {
    return new PageRequest(
        Math.max(0, parse(page, 0)), Math.max(1, Math.min(MAX_SIZE, parse(size, DEFAULT_SIZE))));
  }

  /** Adds {@code prevUrl} and {@code nextUrl} (null where there is no such page). */
  static void links(Model model, Page<?> page) {
    model.addAttribute("prevUrl", page.page() > 0 ? withPage(page.page() - 1) : null);
    model.addAttribute("nextUrl", page.hasMore() ? withPage(page.page() + 1) : null);
  }

  private static String withPage(int page) {
    UriComponents url =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("lang")
            .replaceQueryParam("elder")
            .replaceQueryParam("page", page)
            .build();
    return url.getPath() + "?" + url.getQuery();
  }

  private static int parse(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
