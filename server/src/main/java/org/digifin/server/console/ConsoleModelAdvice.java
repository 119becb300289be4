package org.digifin.server.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * What every console page's layout needs: the user, elder mode, and links that switch language or
 * elder mode while staying on the same page with the same filters.
 *
 * <p>Elder mode (适老化) is a display preference, so {@code ?elder=on|off} sets a cookie, as the
 * language switch does; it changes nothing but the page's class.
 */
@ControllerAdvice(basePackageClasses = ConsoleModelAdvice.class, annotations = Controller.class)
class ConsoleModelAdvice {

  private final ConsoleFormat format;

  ConsoleModelAdvice(java.time.Clock clock) {
    this.format = new ConsoleFormat(clock.getZone());
  }

  static final String ELDER_COOKIE = "digifin-elder";

  @ModelAttribute
  void layout(
      Model model, HttpServletRequest request, HttpServletResponse response, Principal principal) {
    model.addAttribute("user", principal == null ? null : principal.getName());
    model.addAttribute("elder", elderMode(request, response));
    model.addAttribute("path", request.getRequestURI());
    model.addAttribute("fmt", format);
    model.addAttribute("langZhUrl", sameWith("lang", "zh"));
    model.addAttribute("langEnUrl", sameWith("lang", "en"));
    model.addAttribute("elderOnUrl", sameWith("elder", "on"));
    model.addAttribute("elderOffUrl", sameWith("elder", "off"));
  }

  private static boolean elderMode(HttpServletRequest request, HttpServletResponse response) {
    String asked = request.getParameter("elder");
    if ("on".equals(asked) || "off".equals(asked)) {
      boolean on = asked.equals("on");
      Cookie cookie = new Cookie(ELDER_COOKIE, on ? "1" : "");
      cookie.setPath("/");
      cookie.setHttpOnly(true);
      cookie.setMaxAge(on ? 365 * 24 * 3600 : 0);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      return on;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (ELDER_COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue())) {
          return true;
        }
      }
    }
    return false;
  }

  /** This page's URL, path and query only, with {@code name=value} replacing either switch. */
  private static String sameWith(String name, String value) {
    UriComponents url =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("lang")
            .replaceQueryParam("elder")
            .replaceQueryParam(name, value)
            .build();
    return url.getPath() + "?" + url.getQuery();
  }
}
