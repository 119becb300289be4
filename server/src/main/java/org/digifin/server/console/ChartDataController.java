package org.digifin.server.console;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.digifin.server.console.ConsoleQueries.MinuteCount;
import org.digifin.server.console.ConsoleQueries.Volume;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Small JSON documents the overview's charts load, behind the console's session login. Each is a
 * ready-to-plot shape: a list of labels and parallel lists of values.
 */
@RestController
@RequestMapping("/console/api/charts")
public class ChartDataController {

  /** Labels and the series plotted over them, in the same order. */
  public record Series(List<String> labels, Map<String, List<Number>> values) {}

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private final ConsoleQueries queries;
  private final MessageSource messages;
  private final ZoneId zone;

  public ChartDataController(ConsoleQueries queries, MessageSource messages, Clock clock) {
    this.queries = queries;
    this.messages = messages;
    this.zone = clock.getZone();
  }

  /** Rows ingested per minute over the last hour; labels are HH:mm in the server's zone. */
  @GetMapping("/ingest-rate")
  public Series ingestRate(@RequestParam(defaultValue = "60") int minutes) {
    List<MinuteCount> rows = queries.ingestRate(Math.max(5, Math.min(minutes, 24 * 60)));
    return new Series(
        rows.stream().map(r -> MINUTE.format(r.minute().atZoneSameInstant(zone))).toList(),
        Map.of("rows", rows.stream().<Number>map(MinuteCount::rows).toList()));
  }

  /** Labels are the channels' names in the page's language. */
  @GetMapping("/volume-by-channel")
  public Series volumeByChannel(Locale locale) {
    List<Volume> rows =
        queries.volumeByChannel().stream()
            .map(
                v ->
                    new Volume(
                        messages.getMessage("channel." + v.label(), null, v.label(), locale),
                        v.count(),
                        v.amount()))
            .toList();
    return volumes(rows);
  }

  @GetMapping("/volume-by-hour")
  public Series volumeByHour() {
    return volumes(queries.volumeByHour());
  }

  /** The top ten payees, by amount ({@code by=amount}) or by count ({@code by=count}). */
  @GetMapping("/top-counterparties")
  public Series topCounterparties(@RequestParam(defaultValue = "amount") String by) {
    return volumes(queries.topCounterparties(!"count".equals(by), 10));
  }

  private static Series volumes(List<Volume> rows) {
    return new Series(
        rows.stream().map(Volume::label).toList(),
        Map.of(
            "count", rows.stream().<Number>map(Volume::count).toList(),
            "amount", rows.stream().<Number>map(Volume::amount).toList()));
  }
}
