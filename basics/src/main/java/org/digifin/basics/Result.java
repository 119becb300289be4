package org.digifin.basics;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.digifin.basics.error.DigifinException;

/**
 * The outcome of one item in a batch: a value, or a failure with a stable code.
 *
 * <p>Batch and portfolio runs return a {@code Result} per item so one bad row never stops the rest.
 *
 * @param <T> the type of the value on success
 */
public sealed interface Result<T> permits Result.Ok, Result.Failure {

  /** A success holding {@code value}. */
  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  /** A failure with a stable {@code code}, the field at fault (may be null) and a message. */
  static <T> Result<T> failure(String code, String field, String message) {
    return new Failure<>(code, field, message);
  }

  /**
   * Runs {@code action} and turns a {@link DigifinException} into a failure; other exceptions
   * propagate, because they are bugs rather than bad input.
   */
  static <T> Result<T> of(Supplier<T> action) {
    try {
      return ok(action.get());
    } catch (DigifinException e) {
      return new Failure<>(e.code(), e.field().orElse(null), e.getMessage());
    }
  }

  /** True for {@link Ok}. */
  boolean isOk();

  /** The value when this is {@link Ok}. */
  Optional<T> value();

  /** Applies {@code mapper} to the value; a failure passes through unchanged. */
  <R> Result<R> map(Function<? super T, ? extends R> mapper);

  /** A success. */
  record Ok<T>(T get) implements Result<T> {
    public Ok {
      Checks.notNull(get, "value");
    }

    @Override
    public boolean isOk() {
      return true;
    }

    @Override
    public Optional<T> value() {
      return Optional.of(get);
    }

    @Override
    public <R> Result<R> map(Function<? super T, ? extends R> mapper) {
      return new Ok<>(mapper.apply(get));
    }
  }

  /** A failure with a stable code, the field at fault (null when none) and a message. */
  record Failure<T>(String code, String field, String message) implements Result<T> {
    public Failure {
      Checks.notBlank(code, "code");
      Checks.notNull(message, "message");
    }

    @Override
    public boolean isOk() {
      return false;
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public <R> Result<R> map(Function<? super T, ? extends R> mapper) {
      return new Failure<>(code, field, message);
    }
  }
}
