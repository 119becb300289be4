package org.digifin.server.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.TransactionType;
import org.digifin.basics.error.NotFoundException;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Transactions: ingest one, a batch (JSON array or NDJSON stream) or a CSV file, and search.
 *
 * <p>Batches are all-or-nothing unless {@code mode=partial} is asked for, in which case good rows
 * are kept and each bad row reported with its line, code and field.
 */
@RestController
@RequestMapping("/api/transactions")
public class TransactionController {

  static final String NDJSON = "application/x-ndjson";

  private final TransactionIngestService ingest;
  private final TransactionRepository repository;
  private final ObjectMapper json;
  private final TimestampParser timestamps;

  public TransactionController(
      TransactionIngestService ingest,
      TransactionRepository repository,
      ObjectMapper json,
      Clock clock) {
    this.ingest = ingest;
    this.repository = repository;
    this.json = json;
    this.timestamps = new TimestampParser(clock.getZone());
  }

  /** One transaction: 201 when stored, 200 when the same transaction was already stored. */
  @PostMapping(consumes = "application/json")
  public ResponseEntity<IngestReport> ingestOne(
      @RequestBody TransactionPayload payload, Principal principal) {
    IngestReport report =
        ingest.ingest(
            RowReader.of(List.of(payload.toTransaction(timestamps))),
            IngestMode.ALL_OR_NOTHING,
            principal.getName(),
            "api.single");
    return ResponseEntity.status(report.inserted() == 1 ? HttpStatus.CREATED : HttpStatus.OK)
        .body(report);
  }

  /** A JSON array of transactions. */
  @PostMapping(path = "/batch", consumes = "application/json")
  public IngestReport ingestArray(
      HttpServletRequest request,
      @RequestParam(defaultValue = "all-or-nothing") String mode,
      Principal principal)
      throws IOException {
    return ingest.ingest(
        new JsonArrayRowReader(request.getInputStream(), json, timestamps),
        IngestMode.parse(mode),
        principal.getName(),
        "api.json");
  }

  /** Newline-delimited JSON, streamed: the body can hold millions of rows. */
  @PostMapping(path = "/batch", consumes = NDJSON)
  public IngestReport ingestNdjson(
      HttpServletRequest request,
      @RequestParam(defaultValue = "all-or-nothing") String mode,
      Principal principal)
      throws IOException {
    return ingest.ingest(
        new NdjsonRowReader(request.getInputStream(), json, timestamps),
        IngestMode.parse(mode),
        principal.getName(),
        "api.ndjson");
  }

  /** CSV with a header row; {@code map=payer=orig_acct,payee=bene_acct} renames columns. */
  @PostMapping(
      path = "/import",
      consumes = {"text/csv", "text/plain"})
  public IngestReport ingestCsv(
      HttpServletRequest request,
      @RequestParam(defaultValue = "all-or-nothing") String mode,
      @RequestParam(defaultValue = "") String map,
      Principal principal)
      throws IOException {
    return ingest.ingest(
        new CsvRowReader(request.getInputStream(), ColumnMapping.parse(map), timestamps),
        IngestMode.parse(mode),
        principal.getName(),
        "api.csv");
  }

  @GetMapping("/{id}")
  public TransactionPayload get(@PathVariable String id) {
    return repository
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "transaction.not_found", "id", "no transaction with id '" + id + "'"));
  }

  @GetMapping
  public Page<TransactionPayload> search(
      @RequestParam(required = false) String account,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) BigDecimal minAmount,
      @RequestParam(required = false) BigDecimal maxAmount,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    TransactionQuery query =
        new TransactionQuery(
            account,
            from,
            to,
            channel == null ? null : Channel.parse(channel).name(),
            type == null ? null : TransactionType.parse(type).name(),
            minAmount,
            maxAmount);
    return repository.search(query, new PageRequest(page, size));
  }
}
