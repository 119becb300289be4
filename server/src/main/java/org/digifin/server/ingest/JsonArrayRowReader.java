package org.digifin.server.ingest;

import java.io.InputStream;
import java.util.NoSuchElementException;
import org.digifin.basics.error.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a JSON array of transaction objects, streaming. Each element is read as a tree first, so a
 * bad element (unknown field, wrong type) fails that row only; broken JSON syntax fails the whole
 * request, since nothing after it can be trusted.
 */
public final class JsonArrayRowReader implements RowReader {

  private final ObjectMapper mapper;
  private final JsonParser parser;
  private final PayloadRows rows;
  private long index;
  private IngestRow next;
  private boolean done;

  public JsonArrayRowReader(InputStream input, ObjectMapper mapper, TimestampParser timestamps) {
    this.mapper = mapper;
    this.rows = new PayloadRows(timestamps);
    try {
      this.parser = mapper.createParser(input);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ValidationException(
            "request.not_array", null, "a batch body must be a JSON array of transactions");
      }
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        done = true;
        return false;
      }
      index++;
      JsonNode element = parser.readValueAsTree();
      try {
        next = rows.toRow(index, mapper.treeToValue(element, TransactionPayload.class));
      } catch (JacksonException e) {
        next = PayloadRows.unreadable(index, e);
      }
      return true;
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public IngestRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestRow row = next;
    next = null;
    return row;
  }

  private static ValidationException malformed(JacksonException e) {
    return new ValidationException(
        "request.malformed_json", null, "malformed JSON: " + e.getOriginalMessage(), e);
  }

  @Override
  public void close() {
    parser.close();
  }
}
