package org.digifin.risk.eval;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.BiConsumer;
import org.digifin.basics.domain.Transaction;
import org.digifin.basics.id.AccountId;
import org.digifin.risk.Decision;
import org.digifin.risk.RiskEngine;
import org.digifin.risk.feature.FeatureExtractor;
import org.digifin.risk.feature.InMemoryEntityStateStore;
import org.digifin.risk.graph.FundFlowGraph;
import org.digifin.risk.graph.GraphConfig;
import org.digifin.risk.graph.InMemoryGraphStateStore;
import org.digifin.risk.graph.PatternHit;
import org.digifin.risk.rule.Action;
import org.digifin.risk.rule.RuleBook;
import org.digifin.risk.rule.RuleHit;
import org.digifin.risk.rule.StarterLibrary;
import org.digifin.synth.simulate.SimulationConfig;
import org.digifin.synth.simulate.Typology;
import org.digifin.synth.simulate.World;

/**
 * The starter engine as a {@link LabelledRun.Detector}: a decision of REVIEW or worse flags the
 * accounts of its graph patterns under their typology, and the payer and payee under
 * ACCOUNT_TAKEOVER or ELDER_SCAM when a takeover or elderly-protection rule acted.
 */
public final class EngineDetection implements LabelledRun.Detector {

  private final RiskEngine engine;
  private final SimulatorContext context;

  public EngineDetection(SimulationConfig config) {
    this.context = new SimulatorContext(World.of(config));
    this.engine = starterEngine();
  }

  public static RiskEngine starterEngine() {
    return RiskEngine.of(
        FeatureExtractor.of(StarterLibrary.features()),
        InMemoryEntityStateStore.of(Duration.ofDays(91), 5_000_000),
        FundFlowGraph.of(
            GraphConfig.DEFAULT, InMemoryGraphStateStore.of(Duration.ofDays(8), 5_000_000)),
        RuleBook.of(StarterLibrary.ruleSet()),
        ZoneId.of("Asia/Shanghai"));
  }

  @Override
  public void accept(Transaction transaction, BiConsumer<Typology, AccountId> flag) {
    Decision decision = engine.assess(transaction, context);
    if (decision.action() == Action.ALLOW) {
      return;
    }
    for (PatternHit hit : decision.patterns()) {
      Typology typology =
          hit.typology() == org.digifin.risk.graph.Typology.LAYERING_CHAIN
              ? Typology.RANDOM_CHAIN
              : Typology.valueOf(hit.typology().name());
      hit.accounts().forEach(a -> flag.accept(typology, a));
    }
    for (RuleHit hit : decision.rules()) {
      if (hit.rule().shadow()) {
        continue;
      }
      String id = hit.rule().id();
      Typology typology =
          id.equals("device.takeover")
              ? Typology.ACCOUNT_TAKEOVER
              : id.startsWith("elder.") ? Typology.ELDER_SCAM : null;
      if (typology != null) {
        flag.accept(typology, transaction.payer());
        flag.accept(typology, transaction.payee());
      }
    }
  }

  /**
   * {@link org.digifin.risk.graph.TypologyResolver#DEFAULT} over the simulator's typology names
   * (RANDOM_CHAIN is the engine's LAYERING_CHAIN; typologies that are not graph patterns pass).
   */
  public static Set<Typology> mostSpecific(Set<Typology> flagged) {
    Set<org.digifin.risk.graph.Typology> graph =
        java.util.EnumSet.noneOf(org.digifin.risk.graph.Typology.class);
    Set<Typology> result = java.util.EnumSet.noneOf(Typology.class);
    for (Typology t : flagged) {
      String name = t == Typology.RANDOM_CHAIN ? "LAYERING_CHAIN" : t.name();
      try {
        graph.add(org.digifin.risk.graph.Typology.valueOf(name));
      } catch (IllegalArgumentException notAGraphTypology) {
        result.add(t);
      }
    }
    for (org.digifin.risk.graph.Typology g :
        org.digifin.risk.graph.TypologyResolver.DEFAULT.mostSpecific(graph)) {
      result.add(
          g == org.digifin.risk.graph.Typology.LAYERING_CHAIN
              ? Typology.RANDOM_CHAIN
              : Typology.valueOf(g.name()));
    }
    return result;
  }
}
