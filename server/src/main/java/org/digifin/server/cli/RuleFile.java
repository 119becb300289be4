package org.digifin.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.digifin.risk.rule.Action;
import org.digifin.risk.rule.Rule;
import org.digifin.risk.rule.RuleCompiler;
import org.digifin.risk.rule.RuleIssue;
import org.digifin.risk.rule.RuleSet;
import org.digifin.risk.rule.RuleSetException;
import org.digifin.risk.rule.StarterLibrary;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The rule-file format of the CLI: NDJSON, one {@link Rule} per line with the record's fields
 * ({@code id}, {@code version} (default 1), {@code owner}, {@code expression}, {@code weight},
 * {@code action} ALLOW/REVIEW/HOLD/BLOCK, {@code reasonZh}, {@code reasonEn}, {@code shadow}
 * (default false), {@code coolingOff} (ISO-8601 duration such as {@code "PT24H"}, optional)). Blank
 * lines and lines starting with {@code #} are skipped. Rules are compiled against the starter
 * features.
 */
final class RuleFile {

  /** One line as written. */
  record Line(
      String id,
      Integer version,
      String owner,
      String expression,
      Double weight,
      Action action,
      String reasonZh,
      String reasonEn,
      Boolean shadow,
      String coolingOff) {}

  private RuleFile() {}

  /** The starter features' names, the variables rule files may use besides the fixed ones. */
  static RuleCompiler compiler() {
    return RuleCompiler.of(
        StarterLibrary.features().stream().map(f -> f.name()).collect(Collectors.toSet()));
  }

  /**
   * Reads and compiles {@code file}; any problem is reported with its line (and, for expressions,
   * the line and column inside the expression) as a {@link CliException} with exit code 2.
   */
  static RuleSet load(Path file, ObjectMapper json) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such rule file: " + file, CliErrors.USAGE);
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, Long> lineOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        try {
          Rule rule = toRule(json.readValue(trimmed, Line.class));
          rules.add(rule);
          lineOf.putIfAbsent(rule.id(), number);
        } catch (JacksonException e) {
          problems.add(file + ":" + number + ": not a rule: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
          problems.add(file + ":" + number + ": " + e.getMessage());
        }
      }
    }
    if (problems.isEmpty() && rules.isEmpty()) {
      problems.add(file + ": no rules");
    }
    if (!problems.isEmpty()) {
      throw invalid(file, problems);
    }
    String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    try {
      return compiler().compile(name.isEmpty() ? "file" : name, "file", rules);
    } catch (RuleSetException e) {
      for (RuleIssue issue : e.issues()) {
        problems.add(
            file
                + ":"
                + lineOf.getOrDefault(issue.ruleId(), 0L)
                + ": rule "
                + issue.ruleId()
                + ", expression "
                + issue.line()
                + ":"
                + issue.column()
                + ": "
                + issue.code()
                + ": "
                + issue.message());
      }
      throw invalid(file, problems);
    }
  }

  private static CliException invalid(Path file, List<String> problems) {
    return new CliException(
        "invalid rule file "
            + file
            + ":"
            + System.lineSeparator()
            + "  "
            + String.join(System.lineSeparator() + "  ", problems),
        CliErrors.USAGE);
  }

  private static Rule toRule(Line line) {
    if (line == null) {
      throw new IllegalArgumentException("empty line");
    }
    Optional<Duration> coolingOff;
    try {
      coolingOff =
          line.coolingOff() == null || line.coolingOff().isBlank()
              ? Optional.empty()
              : Optional.of(Duration.parse(line.coolingOff()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "coolingOff must be an ISO-8601 duration such as PT24H: " + line.coolingOff(), e);
    }
    if (line.weight() == null) {
      throw new IllegalArgumentException("weight is required");
    }
    return new Rule(
        line.id(),
        line.version() == null ? 1 : line.version(),
        line.owner(),
        line.expression(),
        line.weight(),
        line.action(),
        line.reasonZh(),
        line.reasonEn(),
        line.shadow() != null && line.shadow(),
        coolingOff);
  }

  /** {@code rule} as one line of a rule file. */
  static Map<String, Object> toLine(Rule rule) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", rule.id());
    line.put("version", rule.version());
    line.put("owner", rule.owner());
    line.put("expression", rule.expression());
    line.put("weight", rule.weight());
    line.put("action", rule.action().name());
    line.put("reasonZh", rule.reasonZh());
    line.put("reasonEn", rule.reasonEn());
    line.put("shadow", rule.shadow());
    rule.coolingOff().ifPresent(d -> line.put("coolingOff", d.toString()));
    return line;
  }
}
