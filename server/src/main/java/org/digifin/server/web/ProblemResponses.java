package org.digifin.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.digifin.basics.error.ConflictException;
import org.digifin.basics.error.DigifinException;
import org.digifin.basics.error.NotFoundException;
import org.digifin.server.ingest.BatchRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds RFC 9457 problem details. Every problem carries a stable {@code code} (also the last
 * segment of its {@code type}) and, where one field is at fault, {@code field}. No stack traces, no
 * SQL, no class names ever reach a client.
 */
@Component
public class ProblemResponses {

  private static final String TYPE_PREFIX = "urn:digifin:problem:";

  private final ObjectMapper json;

  public ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  /** The problem for {@code status} with a stable {@code code}. */
  public static ProblemDetail problem(HttpStatus status, String code, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + code));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  /** The problem for one of Digifin's exceptions, with its status chosen by type. */
  public static ProblemDetail problem(DigifinException e) {
    ProblemDetail problem = problem(status(e), e.code(), e.field().orElse(null), e.getMessage());
    if (e instanceof BatchRejectedException rejected) {
      problem.setProperty("rejected", rejected.rejected());
      problem.setProperty("errors", List.copyOf(rejected.errors()));
    }
    return problem;
  }

  static HttpStatus status(DigifinException e) {
    if (e instanceof NotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof ConflictException || (e instanceof BatchRejectedException b && b.conflict())) {
      return HttpStatus.CONFLICT;
    }
    if (e instanceof RequestTooLargeException) {
      return HttpStatus.CONTENT_TOO_LARGE;
    }
    return HttpStatus.BAD_REQUEST;
  }

  /** Writes {@code e} as problem+json directly, for filters that run before Spring MVC. */
  public void write(HttpServletRequest request, HttpServletResponse response, DigifinException e)
      throws IOException {
    write(request, response, problem(e));
  }

  /** Writes {@code problem} directly, for filters and security handlers. */
  public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
