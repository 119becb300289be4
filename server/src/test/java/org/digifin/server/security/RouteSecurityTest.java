package org.digifin.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.digifin.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route Spring MVC maps and checks that it refuses a caller without credentials, and
 * that each role gets in exactly where this test's own table (the specification, written
 * independently of SecurityConfig) says it may.
 */
class RouteSecurityTest extends ServerTestSupport {

  private static final Set<Role> READERS =
      EnumSet.of(
          Role.ADMIN, Role.RISK_ANALYST, Role.CREDIT_OFFICER, Role.DATA_STEWARD, Role.AUDITOR);

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Route(String method, String path, HandlerMethod handler) {}

  @Test
  void everyRouteIsClosedToAnonymousAndOpenOnlyToItsRoles() {
    List<Route> routes = routes();
    assertThat(routes)
        .extracting(Route::path)
        .contains("/api/transactions/batch", "/api/audit/verify");

    SoftAssertions soft = new SoftAssertions();
    for (Route route : routes) {
      boolean api = route.path().startsWith("/api/");
      HttpResponse<String> anonymous =
          call(route.method(), route.path(), null, "application/json", "{}");
      if (api) {
        soft.assertThat(anonymous.statusCode())
            .as("anonymous %s %s", route.method(), route.path())
            .isEqualTo(401);
        soft.assertThat(anonymous.body()).as("problem code").contains("\"code\":\"auth.required\"");
      } else {
        soft.assertThat(anonymous.statusCode())
            .as("anonymous %s %s", route.method(), route.path())
            .isIn(302, 401, 403);
      }
      if (!api) {
        continue;
      }
      Set<Role> allowed = allowed(route);
      for (Role role : Role.values()) {
        HttpResponse<String> response =
            call(route.method(), route.path(), role, "application/json", "{}");
        if (allowed.contains(role)) {
          soft.assertThat(response.statusCode())
              .as("%s on %s %s", role, route.method(), route.path())
              .isNotIn(401, 403);
        } else {
          soft.assertThat(response.statusCode())
              .as("%s on %s %s", role, route.method(), route.path())
              .isEqualTo(403);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void revokedKeyIsRefused() {
    ApiKeyStore.IssuedKey key = apiKeys.create("short-lived", EnumSet.of(Role.ADMIN), "test");
    apiKeys.revoke(key.id());
    HttpResponse<String> response =
        send(
            java.net.http.HttpRequest.newBuilder(uri("/api/me"))
                .header("X-API-Key", key.key())
                .build());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("auth.api_key_invalid");
  }

  @Test
  void aKeyRevokedAfterUseIsRefusedAtOnce() {
    ApiKeyStore.IssuedKey key =
        apiKeys.create("used-then-revoked", EnumSet.of(Role.AUDITOR), "test");
    java.net.http.HttpRequest me =
        java.net.http.HttpRequest.newBuilder(uri("/api/me")).header("X-API-Key", key.key()).build();
    assertThat(send(me).statusCode()).isEqualTo(200);
    apiKeys.revoke(key.id());
    assertThat(send(me).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongSecretForALiveKeyIdIsRefused() {
    ApiKeyStore.IssuedKey key = apiKeys.create("guessed", EnumSet.of(Role.AUDITOR), "test");
    String forged = key.key().substring(0, key.key().length() - 4) + "AAAA";
    assertThat(
            send(java.net.http.HttpRequest.newBuilder(uri("/api/me"))
                    .header("X-API-Key", key.key())
                    .build())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(java.net.http.HttpRequest.newBuilder(uri("/api/me"))
                    .header("X-API-Key", forged)
                    .build())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void noDefaultPasswordWorks() {
    for (String guess : List.of("admin", "password", "digifin", "changeme")) {
      HttpResponse<String> response =
          send(
              java.net.http.HttpRequest.newBuilder(uri("/api/me"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString(("admin:" + guess).getBytes()))
                  .build());
      assertThat(response.statusCode()).as(guess).isEqualTo(401);
    }
  }

  /** The specification: which roles may call each API route. */
  private static Set<Role> allowed(Route route) {
    String path = route.path();
    String method = route.method();
    if (path.startsWith("/api/admin/")) {
      return EnumSet.of(Role.ADMIN);
    }
    if (path.startsWith("/api/audit")) {
      return EnumSet.of(Role.ADMIN, Role.AUDITOR);
    }
    if (path.startsWith("/api/me")) {
      return EnumSet.allOf(Role.class);
    }
    if (path.startsWith("/api/risk/")) {
      // Assessment and case work: analysts; auditors read cases, alerts and rules.
      return method.equals("GET")
          ? EnumSet.of(Role.ADMIN, Role.RISK_ANALYST, Role.AUDITOR)
          : EnumSet.of(Role.ADMIN, Role.RISK_ANALYST);
    }
    Map<String, Set<Role>> writers =
        Map.of(
            "/api/parties", EnumSet.of(Role.ADMIN, Role.RISK_ANALYST, Role.CREDIT_OFFICER),
            "/api/accounts", EnumSet.of(Role.ADMIN, Role.RISK_ANALYST, Role.CREDIT_OFFICER),
            "/api/transactions", EnumSet.of(Role.ADMIN, Role.RISK_ANALYST));
    for (Map.Entry<String, Set<Role>> entry : writers.entrySet()) {
      if (path.startsWith(entry.getKey())) {
        return method.equals("GET") ? READERS : entry.getValue();
      }
    }
    throw new AssertionError(
        "route " + method + " " + path + " is not in the test's specification: add it");
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/") && !pattern.equals("/")) {
          continue; // springdoc, actuator and the login page are checked by the console chain
        }
        String path = pattern.replaceAll("\\{[^}]+}", "x1");
        for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
          routes.add(new Route(method.name(), path, entry.getValue()));
        }
      }
    }
    return routes;
  }
}
