package org.digifin.risk.eval;

import java.time.Duration;
import java.util.Objects;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.graph.PatternHit;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.SimulationSize;
import org.digifin.synth.simulate.Typology;
import org.digifin.synth.simulate.World;

/** Manual probe (not a test): graph detection on the tuning seed. */
public final class GraphDetectionProbe {
  public static void main(String[] args) {
    SimulationConfig config = SimulationConfig.of(SimulationSize.SMALL);
    World world = World.of(config);
    FundFlowGraph graph =
        FundFlowGraph.of(
            GraphConfig.DEFAULT, InMemoryGraphStateStore.of(Duration.ofDays(8), 2_000_000));
    long start = System.nanoTime();
    LabelledRun.Result result =
        LabelledRun.run(
            config,
            (t, flag) -> {
              boolean same =
                  LabelledRun.owner(world, t.payer()).isPresent()
                      && Objects.equals(
                          LabelledRun.owner(world, t.payer()), LabelledRun.owner(world, t.payee()));
              for (PatternHit hit : graph.onTransaction(t, same)) {
                Typology typology =
                    hit.typology() == org.digifin.risk.graph.Typology.LAYERING_CHAIN
                        ? Typology.RANDOM_CHAIN
                        : Typology.valueOf(hit.typology().name());
                hit.accounts().forEach(a -> flag.accept(typology, a));
              }
            });
    System.out.println(result.report());
    System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
