package org.digifin.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.digifin.server.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that presents an API key, in {@code X-API-Key} or as {@code
 * Authorization: Bearer dgf_...}. A presented but unknown or revoked key is refused at once with
 * 401, rather than falling through to other schemes.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";

  private final ApiKeyStore keys;
  private final ProblemResponses problems;

  public ApiKeyAuthenticationFilter(ApiKeyStore keys, ProblemResponses problems) {
    this.keys = keys;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> presented = presentedKey(request);
    if (presented.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiKeyStore.KeyHolder> holder = keys.authenticate(presented.get());
    if (holder.isEmpty()) {
      problems.write(
          request,
          response,
          ProblemResponses.problem(
              HttpStatus.UNAUTHORIZED, "auth.api_key_invalid", null, "unknown or revoked API key"));
      return;
    }
    ApiKeyStore.KeyHolder key = holder.get();
    UsernamePasswordAuthenticationToken authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            "key:" + key.name(),
            null,
            key.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    SecurityContextHolder.getContext().setAuthentication(authentication);
    chain.doFilter(request, response);
  }

  private static Optional<String> presentedKey(HttpServletRequest request) {
    String header = request.getHeader(HEADER);
    if (header != null && !header.isBlank()) {
      return Optional.of(header);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith("Bearer dgf_")) {
      return Optional.of(authorization.substring("Bearer ".length()));
    }
    return Optional.empty();
  }
}
