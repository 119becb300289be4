package org.digifin.synth.simulate;

/** Hears how far a run has got; the CLI draws a progress bar from it. */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Called after each simulated day and once more when the files are closed.
   *
   * @param done days written so far
   * @param total days in the run
   */
  void progress(long done, long total);
}
