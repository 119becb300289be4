package org.digifin.risk.eval;

import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationSize;

/** Manual probe (not a test): the whole engine on the TUNING seed (the simulator's default). */
public final class EngineTuningProbe {
  public static void main(String[] args) {
    SimulationConfig config = SimulationConfig.of(SimulationSize.SMALL);
    long start = System.nanoTime();
    LabelledRun.Result result = LabelledRun.run(config, new EngineDetection(config));
    System.out.println(result.report());
    System.out.println("account-level resolution (most specific typology per account):");
    System.out.println(
        LabelledRun.run(config, new EngineDetection(config), EngineDetection::mostSpecific)
            .report());
    System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
