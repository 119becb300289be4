package org.digifin.server.cli;

import java.util.concurrent.Callable;
import org.digifin.risk.rule.Rule;
import org.digifin.risk.rule.StarterLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code digifin risk}: the risk engine offline, without a server. */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    description = "The risk engine offline: replay history through rule sets.",
    subcommands = {BacktestCommand.class, RiskCommand.StarterRules.class})
final class RiskCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Prints the starter rules in the rule-file format, a starting point for a candidate set. */
  @Command(
      name = "starter-rules",
      mixinStandardHelpOptions = true,
      description = {
        "Print the starter rule set as a rule file (NDJSON, one rule per line).",
        "Edit it and pass it to 'risk backtest --candidate'."
      })
  static final class StarterRules implements Callable<Integer> {
    private final ObjectMapper json = JsonMapper.builder().build();

    @Override
    public Integer call() {
      for (Rule rule : StarterLibrary.rules()) {
        System.out.println(json.writeValueAsString(RuleFile.toLine(rule)));
      }
      return 0;
    }
  }
}
