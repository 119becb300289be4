package org.digifin.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Digifin's own settings, under {@code digifin.*}; each can also be set by environment variable
 * ({@code DIGIFIN_DATA_DIR}, {@code DIGIFIN_DB_URL}, ...).
 *
 * @param dataDir where embedded PostgreSQL, logs and first-start secrets live
 * @param db the database; empty URL means embedded PostgreSQL under {@code dataDir/pg}
 * @param ingest ingest limits
 */
@ConfigurationProperties("digifin")
public record DigifinProperties(
    @DefaultValue("data") Path dataDir, @DefaultValue Db db, @DefaultValue Ingest ingest) {

  /**
   * @param url JDBC URL of an external PostgreSQL; empty for the embedded one
   * @param user user name for the external server
   * @param password password for the external server
   * @param embeddedPort port for the embedded server; 0 picks a free one
   */
  public record Db(
      @DefaultValue("") String url,
      @DefaultValue("") String user,
      @DefaultValue("") String password,
      @DefaultValue("0") int embeddedPort) {

    public boolean embedded() {
      return url.isBlank();
    }
  }

  /**
   * @param maxRequestSize the largest batch body accepted (JSON array, NDJSON or CSV)
   * @param maxRowErrors how many rejected rows a report lists before it only counts them
   */
  public record Ingest(
      @DefaultValue("512MB") DataSize maxRequestSize, @DefaultValue("100") int maxRowErrors) {}
}
