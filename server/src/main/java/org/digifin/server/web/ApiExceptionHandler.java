package org.digifin.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.digifin.basics.error.DigifinException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place exceptions become HTTP answers for the REST API. Unexpected failures are logged
 * with an incident id, and the client gets only that id.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(DigifinException.class)
  ProblemDetail digifin(DigifinException e, HttpServletRequest request) {
    return at(ProblemResponses.problem(e), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    DigifinException digifin = causeOfType(e, DigifinException.class);
    if (digifin != null) {
      return digifin(digifin, request);
    }
    UnrecognizedPropertyException unknown = causeOfType(e, UnrecognizedPropertyException.class);
    if (unknown != null) {
      return at(
          ProblemResponses.problem(
              HttpStatus.BAD_REQUEST,
              "request.unknown_field",
              unknown.getPropertyName(),
              "unknown field '" + unknown.getPropertyName() + "'"),
          request);
    }
    MismatchedInputException mismatch = causeOfType(e, MismatchedInputException.class);
    if (mismatch != null && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getPropertyName();
      return at(
          ProblemResponses.problem(
              HttpStatus.BAD_REQUEST,
              "request.field_type",
              field,
              "field '" + field + "' has the wrong type"),
          request);
    }
    return at(
        ProblemResponses.problem(
            HttpStatus.BAD_REQUEST,
            "request.malformed_json",
            null,
            "the request body is not valid JSON"),
        request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    DigifinException digifin = causeOfType(e, DigifinException.class);
    if (digifin != null) {
      return digifin(digifin, request);
    }
    return at(
        ProblemResponses.problem(
            HttpStatus.BAD_REQUEST,
            "request.parameter_invalid",
            e.getName(),
            "parameter '" + e.getName() + "' is invalid"),
        request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(
      MissingServletRequestParameterException e, HttpServletRequest request) {
    return at(
        ProblemResponses.problem(
            HttpStatus.BAD_REQUEST,
            "request.parameter_missing",
            e.getParameterName(),
            "parameter '" + e.getParameterName() + "' is required"),
        request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return at(
        ProblemResponses.problem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "request.media_type",
            null,
            "content type "
                + e.getContentType()
                + " is not accepted here; use one of "
                + e.getSupportedMediaTypes()),
        request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return at(
        ProblemResponses.problem(
            HttpStatus.NOT_ACCEPTABLE,
            "request.not_acceptable",
            null,
            "no acceptable representation"),
        request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return at(
        ProblemResponses.problem(
            HttpStatus.METHOD_NOT_ALLOWED,
            "request.method",
            null,
            e.getMethod() + " is not supported here"),
        request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noRoute(NoResourceFoundException e, HttpServletRequest request) {
    return at(
        ProblemResponses.problem(HttpStatus.NOT_FOUND, "route.not_found", null, "no such route"),
        request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return at(
        ProblemResponses.problem(
            HttpStatus.CONTENT_TOO_LARGE, "request.too_large", null, "upload exceeds the limit"),
        request);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    RequestTooLargeException tooLarge = causeOfType(e, RequestTooLargeException.class);
    if (tooLarge != null) {
      return digifin(tooLarge, request);
    }
    DigifinException digifin = causeOfType(e, DigifinException.class);
    if (digifin != null) {
      return digifin(digifin, request);
    }
    String incident = UUID.randomUUID().toString();
    log.error(
        "Unexpected failure, incident {} on {} {}",
        incident,
        request.getMethod(),
        request.getRequestURI(),
        e);
    ProblemDetail problem =
        ProblemResponses.problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal.error",
            null,
            "an unexpected error occurred; quote incident " + incident + " to your administrator");
    problem.setProperty("incident", incident);
    return at(problem, request);
  }

  private static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }

  private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
