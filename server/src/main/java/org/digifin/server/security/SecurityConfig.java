package org.digifin.server.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.digifin.server.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. The REST API ({@code /api/**}) is stateless: API key or HTTP Basic, answers in
 * problem+json. Everything else is the console: form login and a session, CSRF protected.
 *
 * <p>The chains exist only in a web application; the CLI's headless contexts ({@code import
 * --offline}, {@code audit verify --offline}) have no HTTP surface to protect.
 *
 * <p>The API's authorisation table below is the single place that says which roles may call which
 * route; anything not listed is denied, so a new route is closed until someone opens it here. A
 * test walks every mapped route and checks it against this table.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

  private static final String ADMIN = Role.ADMIN.name();
  private static final String RISK = Role.RISK_ANALYST.name();
  private static final String CREDIT = Role.CREDIT_OFFICER.name();
  private static final String DATA = Role.DATA_STEWARD.name();
  private static final String AUDITOR = Role.AUDITOR.name();

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  @ConditionalOnWebApplication
  SecurityFilterChain api(HttpSecurity http, ApiKeyStore keys, ProblemResponses problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable()) // no cookies, no session: nothing for CSRF to ride on
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint((req, res, e) -> unauthorized(problems, req, res)))
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(keys, problems), BasicAuthenticationFilter.class)
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint((req, res, e) -> unauthorized(problems, req, res))
                    .accessDeniedHandler(
                        (req, res, e) ->
                            problems.write(
                                req,
                                res,
                                ProblemResponses.problem(
                                    HttpStatus.FORBIDDEN,
                                    "auth.forbidden",
                                    null,
                                    "your roles do not allow this"))))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/api/admin/**")
                    .hasRole(ADMIN)
                    .requestMatchers("/api/audit/**")
                    .hasAnyRole(ADMIN, AUDITOR)
                    .requestMatchers("/api/me", "/api/me/**")
                    .authenticated()
                    .requestMatchers(GET, "/api/parties/**", "/api/parties", "/api/accounts/**")
                    .hasAnyRole(ADMIN, RISK, CREDIT, DATA, AUDITOR)
                    .requestMatchers(
                        POST,
                        "/api/parties/**",
                        "/api/parties",
                        "/api/accounts/**",
                        "/api/accounts")
                    .hasAnyRole(ADMIN, RISK, CREDIT)
                    .requestMatchers(GET, "/api/transactions/**", "/api/transactions")
                    .hasAnyRole(ADMIN, RISK, CREDIT, DATA, AUDITOR)
                    .requestMatchers(POST, "/api/transactions/**", "/api/transactions")
                    .hasAnyRole(ADMIN, RISK)
                    .requestMatchers(GET, "/api/risk/**")
                    .hasAnyRole(ADMIN, RISK, AUDITOR)
                    .requestMatchers(POST, "/api/risk/**")
                    .hasAnyRole(ADMIN, RISK)
                    .requestMatchers(DELETE, "/api/**")
                    .hasRole(ADMIN)
                    .anyRequest()
                    .denyAll());
    return http.build();
  }

  @Bean
  @Order(2)
  @ConditionalOnWebApplication
  SecurityFilterChain console(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAnyRole(ADMIN, AUDITOR)
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .httpBasic(basic -> {})
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    return http.build();
  }

  private static void unauthorized(
      ProblemResponses problems,
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"digifin\"");
    problems.write(
        request,
        response,
        ProblemResponses.problem(
            HttpStatus.UNAUTHORIZED,
            "auth.required",
            null,
            "authenticate with an API key (X-API-Key) or HTTP Basic"));
  }
}
