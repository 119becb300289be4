package org.digifin.server.demo;

import org.digifin.server.ingest.IngestReport;
import org.digifin.synth.simulate.SimulatedDay;

/**
 * Where a capability joins the demo. Every bean implementing this is called after each simulated
 * day has been ingested, in order, on the replay thread: the risk engine can assess the day's
 * transactions and raise alerts from its labels, credit can file applications, governance can scan.
 * A hook that fails is logged and the replay goes on.
 */
public interface DemoHook {

  /** Called after {@code day} was ingested with {@code report}. */
  void afterDay(SimulatedDay day, IngestReport report);
}
