package org.digifin.server.ingest;

import java.util.List;
import org.digifin.basics.error.DigifinException;

/**
 * An all-or-nothing batch was refused and nothing of it was written. Carries every row at fault (up
 * to the configured limit), so the client can fix them all in one go.
 */
public final class BatchRejectedException extends DigifinException {

  private static final long serialVersionUID = 1L;

  private final transient List<RowError> errors;
  private final long rejected;
  private final boolean conflict;

  BatchRejectedException(
      String code, String message, List<RowError> errors, long rejected, boolean conflict) {
    super(code, null, message);
    this.errors = List.copyOf(errors);
    this.rejected = rejected;
    this.conflict = conflict;
  }

  /** The rows at fault, up to the configured limit. */
  public List<RowError> errors() {
    return errors;
  }

  /** How many rows were at fault in all. */
  public long rejected() {
    return rejected;
  }

  /** True when the fault is ids reused with different content (HTTP 409), not invalid rows. */
  public boolean conflict() {
    return conflict;
  }
}
